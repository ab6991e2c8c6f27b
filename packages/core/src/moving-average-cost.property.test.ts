import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movingAverageCost } from './moving-average-cost';

const quantity = fc.integer({ min: 1, max: 10_000_000_000 });
const cost = fc.integer({ min: 0, max: 100_000_000 });

describe('movingAverageCost', () => {
  it('lies between the old cost and the receipt cost, and is exact when they are equal', () => {
    fc.assert(
      fc.property(quantity, cost, quantity, cost, (onHand, before, received, receivedCost) => {
        const after = movingAverageCost(onHand, before, received, receivedCost);
        expect(after).toBeGreaterThanOrEqual(Math.min(before, receivedCost));
        expect(after).toBeLessThanOrEqual(Math.max(before, receivedCost));
        if (before === receivedCost) expect(after).toBe(before);
      }),
      { numRuns: 5_000 },
    );
  });

  it('keeps the stock value within half a minor unit per unit of what it was plus what came in', () => {
    fc.assert(
      fc.property(quantity, cost, quantity, cost, (onHand, before, received, receivedCost) => {
        const after = BigInt(movingAverageCost(onHand, before, received, receivedCost));
        // In integers (the values pass 2^53): |after − value / units| ≤ ½ ⇔ |2·after·units − 2·value| ≤ units.
        const units = BigInt(onHand) + BigInt(received);
        const value = BigInt(onHand) * BigInt(before) + BigInt(received) * BigInt(receivedCost);
        const gap = 2n * after * units - 2n * value;
        expect(gap < 0n ? -gap : gap).toBeLessThanOrEqual(units);
      }),
      { numRuns: 5_000 },
    );
  });

  it('takes the receipt cost over a shortfall or an unknown cost, and ignores a receipt of nothing', () => {
    expect(movingAverageCost(-3_000, 500, 10_000, 420)).toBe(420);
    expect(movingAverageCost(0, 500, 10_000, 420)).toBe(420);
    expect(movingAverageCost(5_000, null, 10_000, 420)).toBe(420);
    expect(movingAverageCost(5_000, 500, 0, 420)).toBe(500);
    expect(movingAverageCost(5_000, null, -1_000, 420)).toBe(420);
    // 10 at 5.00 and 30 at 4.20: 176.00 / 40 = 4.40.
    expect(movingAverageCost(10_000, 500, 30_000, 420)).toBe(440);
    // 3 at 1.00 and 1 at 2.00: 5.00 / 4 = 1.25; 2 at 1.00 and 1 at 2.00: 4.00 / 3 = 1.333… → 1.33.
    expect(movingAverageCost(3_000, 100, 1_000, 200)).toBe(125);
    expect(movingAverageCost(2_000, 100, 1_000, 200)).toBe(133);
    // The case a floating-point check got wrong: values past 2^53, the mean exactly half-way.
    expect(movingAverageCost(9_999_999_994, 12_448_900, 9_999_999_994, 7)).toBe(6_224_454);
  });
});
