import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReorderFacts, suggestReorder } from './reorder-suggestion';

const facts = (over: Partial<ReorderFacts>): ReorderFacts => ({
  onHand: 0,
  onOrder: 0,
  reorderPoint: null,
  reorderQuantity: null,
  dailyDemand: Array(30).fill(0),
  leadTimeDays: 2,
  coverDays: 7,
  packSize: 1000,
  ...over,
});

describe('reorder suggestions', () => {
  it('orders the reorder quantity once stock and what is on order fall to the point', () => {
    // 10 on hand, 0 on order, point 12, quantity 24: 24 lifts it to 34.
    expect(suggestReorder(facts({ onHand: 10_000, reorderPoint: 12_000, reorderQuantity: 24_000 }))).toEqual({
      basis: 'reorder_point',
      quantity: 24_000,
    });
    // On order counts: 10 + 6 coming is above 12.
    expect(suggestReorder(facts({ onHand: 10_000, onOrder: 6_000, reorderPoint: 12_000 }))).toBeUndefined();
    // A shortfall of 30 below a point of 12 takes two reorder quantities of 24 (to 18, above 12).
    expect(
      suggestReorder(facts({ onHand: -30_000, reorderPoint: 12_000, reorderQuantity: 24_000 }))?.quantity,
    ).toBe(48_000);
    // At the point exactly: order.
    expect(
      suggestReorder(facts({ onHand: 12_000, reorderPoint: 12_000, reorderQuantity: 6_000 }))?.quantity,
    ).toBe(6_000);
  });

  it('without a reorder quantity, fills the point and the forecast over lead time and cover, in whole packs', () => {
    // Lacks 2 below the point; sells 1 a day for 2 + 7 days: 11, in cases of 6: 12.
    const sold = Array(30).fill(1_000);
    expect(
      suggestReorder(facts({ onHand: 3_000, reorderPoint: 5_000, dailyDemand: sold, packSize: 6_000 })),
    ).toEqual({ basis: 'reorder_point', quantity: 12_000 });
  });

  it('without a reorder point, orders what the forecast says the lead time and cover will sell', () => {
    const sold = Array(30).fill(2_000);
    // 9 days × 2 = 18 needed, 5 held: 13, in cases of 24: 24.
    expect(suggestReorder(facts({ onHand: 5_000, dailyDemand: sold, packSize: 24_000 }))).toEqual({
      basis: 'forecast',
      quantity: 24_000,
    });
    expect(suggestReorder(facts({ onHand: 18_000, dailyDemand: sold }))).toBeUndefined();
    // Nothing forecast to sell: nothing to order, however little is held.
    expect(suggestReorder(facts({ onHand: 0 }))).toBeUndefined();
    // A lead time of 0 still waits a day.
    expect(suggestReorder(facts({ leadTimeDays: 0, coverDays: 0, dailyDemand: sold }))?.quantity).toBe(2_000);
  });

  it('always orders whole packs that lift the position above the reorder point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 40, maxLength: 40 }),
        (onHand, onOrder, reorderPoint, reorderQuantity, packSize, dailyDemand) => {
          const suggestion = suggestReorder(
            facts({ onHand, onOrder, reorderPoint, reorderQuantity, packSize, dailyDemand }),
          );
          const position = onHand + onOrder;
          if (position > reorderPoint) return suggestion === undefined;
          return (
            suggestion !== undefined &&
            suggestion.quantity % packSize === 0 &&
            position + suggestion.quantity > reorderPoint
          );
        },
      ),
    );
  });
});
