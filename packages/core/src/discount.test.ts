import { describe, expect, it } from 'vitest';
import { discountAmount, validateDiscount } from './discount';

describe('discountAmount', () => {
  it.each([
    // 9折 (10% off) of 19.99 = 1.999 → 2.00
    [1999, { kind: 'percent', basisPoints: 1000 }, 'half-up', 200],
    // 15% of 10.10 = 1.515 → 1.52 half-up, 1.51 down
    [1010, { kind: 'percent', basisPoints: 1500 }, 'half-up', 152],
    [1010, { kind: 'percent', basisPoints: 1500 }, 'down', 151],
    [1000, { kind: 'percent', basisPoints: 10_000 }, 'half-up', 1000],
    [1000, { kind: 'amount', amount: 300 }, 'half-up', 300],
    [1000, { kind: 'amount', amount: 3000 }, 'half-up', 1000], // clamped: a line never goes negative
    [0, { kind: 'amount', amount: 3000 }, 'half-up', 0],
  ] as const)('%i with %j (%s) → %i', (base, discount, mode, expected) => {
    expect(discountAmount(base, discount, mode)).toBe(expected);
  });

  it('throws on an invalid discount or base', () => {
    expect(() => discountAmount(100, { kind: 'percent', basisPoints: 10_001 }, 'half-up')).toThrow(
      RangeError,
    );
    expect(() => discountAmount(-1, { kind: 'amount', amount: 1 }, 'half-up')).toThrow(RangeError);
  });
});

describe('validateDiscount', () => {
  it.each([
    [{ kind: 'percent', basisPoints: 0 }, true],
    [{ kind: 'percent', basisPoints: 10_000 }, true],
    [{ kind: 'percent', basisPoints: 10_001 }, false],
    [{ kind: 'percent', basisPoints: 12.5 }, false],
    [{ kind: 'amount', amount: 0 }, true],
    [{ kind: 'amount', amount: -1 }, false],
  ] as const)('%j → %s', (discount, valid) => {
    const result = validateDiscount(discount);
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.error).toEqual({ code: 'invalid_discount', discount });
  });
});
