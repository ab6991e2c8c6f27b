import { describe, expect, it } from 'vitest';
import type { Suggestion } from './reorder-groups';
import { initialPick, reorderBody } from './reorder-order';

const cola: Suggestion = {
  productId: 'p-cola',
  sku: 'COLA-330',
  name: '可口可乐 330ml',
  unit: 'piece',
  onHand: 10_000,
  onOrder: 0,
  reorderPoint: 12_000,
  reorderQuantity: 18_000,
  forecastDemand: 0,
  basis: 'reorder_point',
  quantity: 24_000,
  supplierId: 's1',
  supplierName: '华润饮料',
  unitCost: 140,
  packSize: 12_000,
  leadTimeDays: 5,
};
const apple: Suggestion = {
  ...cola,
  productId: 'p-apple',
  sku: 'APPLE',
  unit: 'kg',
  quantity: 3_000,
  packSize: 1_000,
  unitCost: 800,
};

describe('a draft purchase order from reorder suggestions', () => {
  it('starts each line ticked, in the supplier’s packs', () => {
    expect(initialPick(cola)).toEqual({ checked: true, packs: '2' });
    expect(initialPick(apple)).toEqual({ checked: true, packs: '3' });
  });

  it('orders the ticked lines in the packs typed, at the supplier’s cost and pack size', () => {
    const picks = new Map([
      ['p-cola', { checked: true, packs: '3' }],
      ['p-apple', { checked: false, packs: '3' }],
    ]);
    expect(reorderBody('s1', 'loc', [cola, apple], picks, 'CNY')).toEqual({
      supplierId: 's1',
      locationId: 'loc',
      expectedOn: null,
      note: '',
      lines: [{ productId: 'p-cola', quantity: 36_000, unitCost: 140, packSize: 12_000 }],
    });
  });

  it('makes nothing while nothing is ticked or a ticked line’s packs do not read', () => {
    const none = new Map([['p-cola', { checked: false, packs: '2' }]]);
    expect(reorderBody('s1', 'loc', [cola], none, 'CNY')).toBeNull();
    const bad = new Map([['p-cola', { checked: true, packs: '0' }]]);
    expect(reorderBody('s1', 'loc', [cola], bad, 'CNY')).toBeNull();
  });
});
