import { describe, expect, it } from 'vitest';
import { divideRounded, ROUNDING_MODES, type RoundingMode, roundDiv } from './rounding';

describe('divideRounded', () => {
  // [numerator, denominator, half-up, half-even]: ties at ±0.5 minor units are where modes differ.
  const ties: [bigint, bigint, bigint, bigint][] = [
    [5n, 10n, 1n, 0n],
    [-5n, 10n, -1n, 0n],
    [15n, 10n, 2n, 2n],
    [25n, 10n, 3n, 2n],
    [-25n, 10n, -3n, -2n],
    [35n, 10n, 4n, 4n],
    [5n, -10n, -1n, 0n],
  ];
  it.each(ties)('%s / %s → half-up %s, half-even %s', (n, d, halfUp, halfEven) => {
    expect(divideRounded(n, d, 'half-up')).toBe(halfUp);
    expect(divideRounded(n, d, 'half-even')).toBe(halfEven);
  });

  // [numerator, denominator, expected per mode]
  const cases: [bigint, bigint, Record<RoundingMode, bigint>][] = [
    [7n, 2n, { 'half-up': 4n, 'half-even': 4n, down: 3n, up: 4n, floor: 3n, ceiling: 4n }],
    [-7n, 2n, { 'half-up': -4n, 'half-even': -4n, down: -3n, up: -4n, floor: -4n, ceiling: -3n }],
    [14n, 10n, { 'half-up': 1n, 'half-even': 1n, down: 1n, up: 2n, floor: 1n, ceiling: 2n }],
    [-16n, 10n, { 'half-up': -2n, 'half-even': -2n, down: -1n, up: -2n, floor: -2n, ceiling: -1n }],
    [20n, 10n, { 'half-up': 2n, 'half-even': 2n, down: 2n, up: 2n, floor: 2n, ceiling: 2n }],
  ];
  it.each(cases)('%s / %s in every mode', (n, d, expected) => {
    for (const mode of ROUNDING_MODES) expect(divideRounded(n, d, mode)).toBe(expected[mode]);
  });

  it('throws on division by zero', () => {
    expect(() => divideRounded(1n, 0n, 'half-up')).toThrow(RangeError);
  });
});

describe('roundDiv', () => {
  it('rounds numbers and bigints', () => {
    expect(roundDiv(5, 10, 'half-up')).toBe(1);
    expect(roundDiv(5n, 10, 'half-even')).toBe(0);
    expect(roundDiv(-5, 10, 'half-up')).toBe(-1);
  });
  it('stays exact beyond 2^53 in the intermediate product', () => {
    // 9007199254740991 × 1000 would lose digits as a float; as bigint it divides back exactly.
    expect(roundDiv(BigInt(Number.MAX_SAFE_INTEGER) * 1000n, 1000, 'half-up')).toBe(Number.MAX_SAFE_INTEGER);
  });
  it('refuses non-integers and unsafe results', () => {
    expect(() => roundDiv(1.5, 1, 'half-up')).toThrow(RangeError);
    expect(() => roundDiv(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 1, 'half-up')).toThrow(RangeError);
  });
});
