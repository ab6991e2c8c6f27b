import type { Product, PurchaseOrder } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { addToCount, type CountLine, countLinesFromOrder, receiptLines, remaining } from './order-count';

const ordered: CountLine = {
  productId: 'p1',
  sku: 'A1',
  name: '可乐',
  unit: 'piece',
  ordered: 12_000,
  received: 5_000,
  count: '',
  cost: '2.50',
};

const product = (id: string, cost: number | null = 199) =>
  ({ id, sku: `S-${id}`, name: `商品 ${id}`, unit: 'piece', cost }) as unknown as Product;

describe('countLinesFromOrder', () => {
  it('starts every line uncounted, at the order’s cost', () => {
    const order = {
      lines: [
        {
          productId: 'p1',
          sku: 'A1',
          name: '可乐',
          unit: 'piece',
          quantity: 12_000,
          received: 5_000,
          unitCost: 250,
        },
      ],
    } as unknown as PurchaseOrder;
    expect(countLinesFromOrder(order, 'CNY')).toEqual([ordered]);
  });
});

describe('remaining', () => {
  it('is what is still to come, never below nothing', () => {
    expect(remaining(ordered)).toBe(7_000);
    expect(remaining({ ordered: 12_000, received: 13_000 })).toBe(0);
  });
});

describe('addToCount', () => {
  it('adds a scan to the product’s line, from empty', () => {
    const once = addToCount([ordered], product('p1'), 1_000, 'CNY');
    const twice = addToCount(once, product('p1'), 1_000, 'CNY');
    expect(twice[0]?.count).toBe('2');
  });

  it('leaves a count that does not read for the clerk to fix', () => {
    expect(addToCount([{ ...ordered, count: 'x' }], product('p1'), 1_000, 'CNY')[0]?.count).toBe('x');
  });

  it('gives a product not on the order a line of its own, ordered 0, at its cost', () => {
    const lines = addToCount([ordered], product('p2'), 350, 'CNY');
    expect(lines[1]).toMatchObject({ productId: 'p2', ordered: 0, received: 0, count: '0.35', cost: '1.99' });
    expect(addToCount([], product('p3', null), 1_000, 'CNY')[0]?.cost).toBe('');
  });
});

describe('receiptLines', () => {
  it('books the counted lines only', () => {
    const lines = [
      { ...ordered, count: '7' },
      { ...ordered, productId: 'p2', count: '' },
    ];
    expect(receiptLines(lines, 'CNY')).toEqual([{ productId: 'p1', quantity: 7_000, unitCost: 250 }]);
  });

  it('is null when nothing is counted or a counted line does not read', () => {
    expect(receiptLines([ordered], 'CNY')).toBeNull();
    expect(receiptLines([{ ...ordered, count: 'abc' }], 'CNY')).toBeNull();
    expect(receiptLines([{ ...ordered, count: '1', cost: '' }], 'CNY')).toBeNull();
    // An uncounted line may have any cost: it is not booked.
    expect(
      receiptLines(
        [
          { ...ordered, count: '1' },
          { ...ordered, productId: 'p2', cost: '' },
        ],
        'CNY',
      ),
    ).toEqual([{ productId: 'p1', quantity: 1_000, unitCost: 250 }]);
  });
});
