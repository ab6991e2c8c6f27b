import type { Product, PurchaseOrder } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { addLabelItem, countLabels, labelItemsFromOrder, labelsBodyItems, readCopies } from './label-items';

const cola = { id: 'p-cola', sku: 'COLA-330', name: '可口可乐 330ml' } as Product;

describe('label items', () => {
  it('read copies from 1 to 500 only', () => {
    expect(['1', ' 24 ', '500'].map(readCopies)).toEqual([1, 24, 500]);
    expect(['0', '501', '1.5', '', 'abc', '-2'].map(readCopies)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('add a product once, one copy more on a second scan', () => {
    const once = addLabelItem([], cola);
    expect(once).toEqual([{ productId: 'p-cola', sku: 'COLA-330', name: '可口可乐 330ml', copies: '1' }]);
    expect(addLabelItem(once, cola).map((i) => i.copies)).toEqual(['2']);
  });

  it('label an order by the pieces received, the ordered ones while nothing came, weighed goods once', () => {
    const line = { sku: 'X', name: 'x', supplierSku: '', unitCost: 100, packSize: 1000 };
    const order = {
      lines: [
        { ...line, productId: 'a', unit: 'piece', quantity: 24_000, received: 12_000 },
        { ...line, productId: 'b', unit: 'piece', quantity: 6_000, received: 0 },
        // A broken case counted by the piece: 2.5 pieces still take 3 labels.
        { ...line, productId: 'c', unit: 'piece', quantity: 3_000, received: 2_500 },
        { ...line, productId: 'd', unit: 'kg', quantity: 5_000, received: 4_800 },
        { ...line, productId: 'e', unit: 'piece', quantity: 900_000, received: 900_000 },
      ],
    } as PurchaseOrder;
    expect(labelItemsFromOrder(order).map((i) => [i.productId, i.copies])).toEqual([
      ['a', '12'],
      ['b', '6'],
      ['c', '3'],
      ['d', '1'],
      ['e', '500'],
    ]);
  });

  it('make the API items only when every copy reads and there are 5,000 labels at most', () => {
    const item = { productId: 'a', sku: 'A', name: 'a', copies: '2' };
    expect(labelsBodyItems([item])).toEqual([{ productId: 'a', copies: 2 }]);
    expect(labelsBodyItems([])).toBeNull();
    expect(labelsBodyItems([{ ...item, copies: '0' }])).toBeNull();
    const many = Array.from({ length: 11 }, (_, i) => ({ ...item, productId: `p${i}`, copies: '500' }));
    expect(countLabels(many)).toBe(5500);
    expect(labelsBodyItems(many)).toBeNull();
    expect(labelsBodyItems(many.slice(1))).toHaveLength(10);
  });
});
