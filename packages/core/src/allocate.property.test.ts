import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';

const total = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const weights = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 20 });

describe('allocate properties', () => {
  it('parts always sum to the total', () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        expect(allocate(t, w).reduce((s, p) => s + p, 0)).toBe(t);
      }),
    );
  });

  it('each part is within 1 of its exact share', () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        const effective = w.every((x) => x === 0) ? w.map(() => 1) : w;
        const sum = BigInt(effective.reduce((s, x) => s + x, 0));
        allocate(t, w).forEach((part, i) => {
          // |part × sum − t × weight| < sum  ⇔  |part − exact share| < 1
          const diff = BigInt(part) * sum - BigInt(t) * BigInt(effective[i] ?? 0);
          expect(diff < 0n ? -diff : diff).toBeLessThan(sum);
        });
      }),
    );
  });

  it('zero-weight parts are 0 when any weight is non-zero', () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        fc.pre(w.some((x) => x > 0));
        allocate(t, w).forEach((part, i) => {
          if (w[i] === 0) expect(part).toBe(0);
        });
      }),
    );
  });

  it('never gives a part more than its weight when |total| ≤ Σ weights', () => {
    fc.assert(
      fc.property(weights, fc.double({ min: 0, max: 1, noNaN: true }), (w, f) => {
        const sum = w.reduce((s, x) => s + x, 0);
        const t = Math.floor(sum * f);
        allocate(t, w).forEach((part, i) => {
          expect(part).toBeLessThanOrEqual(w[i] ?? 0);
          expect(part).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });
});
