import { describe, expect, it } from 'vitest';
import { saleAlerts, stockCrossings } from './sale-alerts';

const nameOf = (productId: string) => `name of ${productId}`;
const level = (onHand: number, reorderPoint: number | null = null) => ({ onHand, reorderPoint });

describe('stockCrossings', () => {
  it('finds a move from at or above the reorder point to below it, summing a product’s lines', () => {
    // Two lines of tea, 2 + 1: 7 → 4 crosses 5. Coffee 7 → 5 stops at it. Milk was below already.
    const crossings = stockCrossings(
      [
        { productId: 'tea', quantity: -2000 },
        { productId: 'tea', quantity: -1000 },
        { productId: 'coffee', quantity: -2000 },
        { productId: 'milk', quantity: -1000 },
      ],
      new Map([
        ['tea', level(4000, 5000)],
        ['coffee', level(5000, 5000)],
        ['milk', level(2000, 5000)],
      ]),
      nameOf,
    );
    expect(crossings).toEqual({
      negative: [],
      low: [{ productId: 'tea', name: 'name of tea', onHand: 4000, reorderPoint: 5000 }],
    });
  });

  it('finds going below zero on its own, and with a reorder point both at once', () => {
    const crossings = stockCrossings(
      [
        { productId: 'tea', quantity: -3000 },
        { productId: 'cola', quantity: -1000 },
        { productId: 'bread', quantity: -1000 },
        { productId: 'water', quantity: -2000 },
      ],
      // Tea 1 → −2 has no reorder point; cola 0 → −1 crosses zero, which is its point of 0: one
      // alert says it; water 1 → −1 goes below zero and below its point of 0.5: two things to know;
      // bread was not stock-tracked (no level).
      new Map([
        ['tea', level(-2000)],
        ['cola', level(-1000, 0)],
        ['water', level(-1000, 500)],
      ]),
      nameOf,
    );
    expect(crossings.negative.map((n) => n.productId)).toEqual(['tea', 'cola', 'water']);
    expect(crossings.low).toEqual([
      { productId: 'water', name: 'name of water', onHand: -1000, reorderPoint: 500 },
    ]);
    expect(saleAlerts([], undefined, crossings).map((alert) => alert.kind)).toEqual([
      'negative_stock',
      'negative_stock',
      'negative_stock',
      'low_stock',
    ]);
  });
});
