import { describe, expect, it } from 'vitest';
import { groupBySupplier, type Suggestion } from './reorder-groups';

const suggestion = (sku: string, supplierId: string | null, leadTimeDays: number | null = 2): Suggestion => ({
  productId: `p-${sku}`,
  sku,
  name: sku,
  unit: 'piece',
  onHand: 0,
  onOrder: 0,
  reorderPoint: null,
  reorderQuantity: null,
  forecastDemand: 1000,
  basis: 'forecast',
  quantity: 1000,
  supplierId,
  supplierName: supplierId === null ? null : `Supplier ${supplierId}`,
  unitCost: supplierId === null ? null : 100,
  packSize: 1000,
  leadTimeDays: supplierId === null ? null : leadTimeDays,
});

describe('groupBySupplier', () => {
  it('keeps the server’s order by supplier and puts goods without one last', () => {
    const groups = groupBySupplier([
      suggestion('A', 's1', 5),
      suggestion('NONE', null),
      suggestion('B', 's1', 5),
      suggestion('C', 's2'),
    ]);
    expect(
      groups.map((g) => [g.supplierId, g.supplierName, g.leadTimeDays, g.items.map((i) => i.sku)]),
    ).toEqual([
      ['s1', 'Supplier s1', 5, ['A', 'B']],
      ['s2', 'Supplier s2', 2, ['C']],
      [null, null, null, ['NONE']],
    ]);
  });

  it('makes no group of nothing', () => {
    expect(groupBySupplier([])).toEqual([]);
  });
});
