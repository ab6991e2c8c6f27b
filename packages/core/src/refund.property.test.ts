import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePaidShares, refundAmount, refundShare, refundToTenders } from './refund';

describe('refund money rules', () => {
  it('lines’ paid shares sum to what was paid', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.array(fc.nat(100_000), { minLength: 1, maxLength: 20 }),
        (paid, totals) => {
          const shares = linePaidShares(paid, totals);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(paid);
          expect(shares.every((s) => s >= 0)).toBe(true);
        },
      ),
    );
  });

  it('refunding a line in any number of steps gives back exactly what it was paid, never more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.nat(1_000_000),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 10 }),
        (pieces, paid, steps) => {
          const quantity = pieces * 1000;
          let refundedQuantity = 0;
          let refundedAmount = 0;
          for (const step of steps) {
            const q = Math.min(step, pieces - refundedQuantity / 1000) * 1000;
            if (q === 0) break;
            const amount = refundAmount({ quantity, paid, refundedQuantity, refundedAmount }, q);
            expect(amount).not.toBeNull();
            refundedQuantity += q;
            refundedAmount += amount ?? 0;
            expect(refundedAmount).toBeLessThanOrEqual(paid);
          }
          if (refundedQuantity < quantity) {
            refundedAmount +=
              refundAmount(
                { quantity, paid, refundedQuantity, refundedAmount },
                quantity - refundedQuantity,
              ) ?? 0;
          }
          expect(refundedAmount).toBe(paid);
          // Nothing is left to refund.
          expect(
            refundAmount({ quantity, paid, refundedQuantity: quantity, refundedAmount }, 1000),
          ).toBeNull();
        },
      ),
    );
  });

  it('a refund goes back onto the tenders in proportion, never beyond what each paid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.nat(100_000), refunded: fc.nat(100_000) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(400_000),
        (raw, want) => {
          const tenders = raw.map((t) => ({ amount: t.amount, refunded: Math.min(t.refunded, t.amount) }));
          const room = tenders.reduce((sum, t) => sum + t.amount - t.refunded, 0);
          const total = Math.min(want, room);
          const parts = refundToTenders(total, tenders);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((part, i) => {
            const tender = tenders[i] as { amount: number; refunded: number };
            expect(part).toBeGreaterThanOrEqual(0);
            expect(part).toBeLessThanOrEqual(tender.amount - tender.refunded);
          });
          if (room > 0) expect(() => refundToTenders(room + 1, tenders)).toThrow(RangeError);
        },
      ),
    );
  });

  it('golden: 3 pieces paid 10.00 refund as 3.33, 3.33, then 3.34', () => {
    const line = { quantity: 3000, paid: 1000, refundedQuantity: 0, refundedAmount: 0 };
    expect(refundAmount(line, 1000)).toBe(333);
    expect(refundAmount({ ...line, refundedQuantity: 1000, refundedAmount: 333 }, 1000)).toBe(333);
    expect(refundAmount({ ...line, refundedQuantity: 2000, refundedAmount: 666 }, 1000)).toBe(334);
    expect(refundAmount(line, 4000)).toBeNull();
  });

  it('a part of a line (tax, cash rounding) refunded in any number of steps adds up to exactly that part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.nat(1_000_000),
        fc.integer({ min: -1_000, max: 200_000 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 10 }),
        (pieces, paid, part, steps) => {
          const quantity = pieces * 1000;
          let line = { quantity, paid, refundedQuantity: 0, refundedAmount: 0 };
          let given = 0;
          const refund = (q: number) => {
            const amount = refundAmount(line, q) ?? 0;
            const share = refundShare(line, part, { quantity: q, amount });
            // Each refund carries the part's sign, never the other way.
            expect(share * Math.sign(part)).toBeGreaterThanOrEqual(0);
            given += share;
            line = {
              ...line,
              refundedQuantity: line.refundedQuantity + q,
              refundedAmount: line.refundedAmount + amount,
            };
          };
          for (const step of steps) {
            const q = Math.min(step * 1000, quantity - line.refundedQuantity);
            if (q === 0) break;
            refund(q);
          }
          if (line.refundedQuantity < quantity) refund(quantity - line.refundedQuantity);
          expect(given).toBe(part);
        },
      ),
    );
  });

  it('golden: 3 colas paid 10.50 with 1.21 tax give back 0.40 tax for one, then 0.81 for two', () => {
    const line = { quantity: 3000, paid: 1050, refundedQuantity: 0, refundedAmount: 0 };
    expect(refundShare(line, 121, { quantity: 1000, amount: 350 })).toBe(40);
    expect(
      refundShare({ ...line, refundedQuantity: 1000, refundedAmount: 350 }, 121, {
        quantity: 2000,
        amount: 700,
      }),
    ).toBe(81);
    // Two first: 1.21 × 7.00 / 10.50 = 0.8066… → 0.80, so the last one carries 0.41.
    expect(refundShare(line, 121, { quantity: 2000, amount: 700 })).toBe(80);
    // A line paid nothing (0.02 rounded away in cash) still gives its −0.02 rounding back with its last unit.
    const free = { quantity: 1000, paid: 0, refundedQuantity: 0, refundedAmount: 0 };
    expect(refundShare(free, -2, { quantity: 1000, amount: 0 })).toBe(-2);
  });
});
