import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePaidShares, refundAmount, refundTaxShare, refundToTenders } from './refund';

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

  it('the tax of a line refunded in any number of steps adds up to exactly the line’s tax', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat(200_000),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 10 }),
        (paid, taxPart, steps) => {
          const line = { paid, tax: Math.min(taxPart, paid) };
          let refunded = 0;
          let tax = 0;
          for (const step of steps) {
            const amount = Math.min(step, paid - refunded);
            const share = refundTaxShare(line, refunded, amount);
            expect(share).toBeGreaterThanOrEqual(0);
            tax += share;
            refunded += amount;
          }
          // Refund what is left: the line is then fully back, and so is its tax.
          tax += refundTaxShare(line, refunded, paid - refunded);
          expect(tax).toBe(line.tax);
        },
      ),
    );
  });
});
