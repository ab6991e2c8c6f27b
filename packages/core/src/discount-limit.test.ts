import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASIS_POINTS } from './discount';
import { discountBasisPoints, discountShare } from './discount-limit';

describe('discountBasisPoints', () => {
  it('rounds up, so a fen beyond a limit is beyond it', () => {
    expect(discountBasisPoints(100, 1000)).toBe(1000);
    expect(discountBasisPoints(100, 999)).toBe(1002);
    expect(discountBasisPoints(99, 999)).toBe(991);
    expect(discountBasisPoints(0, 500)).toBe(0);
    expect(discountBasisPoints(0, 0)).toBe(0);
    expect(discountBasisPoints(500, 500)).toBe(BASIS_POINTS);
    expect(discountBasisPoints(1, 0)).toBe(BASIS_POINTS);
  });

  it('refuses negative or fractional amounts', () => {
    expect(() => discountBasisPoints(-1, 100)).toThrow(RangeError);
    expect(() => discountBasisPoints(1.5, 100)).toThrow(RangeError);
  });

  it('property: it is the smallest limit that allows the reduction', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (a, b) => {
        const [reduction, base] = a <= b ? [a, b] : [b, a];
        const bp = discountBasisPoints(reduction, base);
        const allows = (limit: number) => BigInt(reduction) * 10_000n <= BigInt(base) * BigInt(limit);
        expect(allows(bp)).toBe(true);
        if (bp > 0) expect(allows(bp - 1)).toBe(false);
      }),
    );
  });
});

describe('discountShare', () => {
  it('takes a percentage as chosen and an amount as its share', () => {
    expect(discountShare(undefined, 2005)).toBe(0);
    expect(discountShare({ kind: 'percent', basisPoints: 1000 }, 2005)).toBe(1000);
    expect(discountShare({ kind: 'amount', amount: 201 }, 2005)).toBe(1003);
    expect(discountShare({ kind: 'amount', amount: 5000 }, 2005)).toBe(10_000);
  });
});
