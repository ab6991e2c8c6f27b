import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';

describe('allocate', () => {
  it.each([
    // 100 / 3 = 33.33 each; the one leftover unit goes to the lowest index on a tie.
    [100, [1, 1, 1], [34, 33, 33]],
    // 10 × 3/6 = 5, 10 × 2/6 = 3.33, 10 × 1/6 = 1.67: largest remainder (0.67) gets the unit.
    [10, [3, 2, 1], [5, 3, 2]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [5, [0, 0, 0], [2, 2, 1]],
    [7, [0, 5, 0], [0, 7, 0]],
    [0, [1, 2], [0, 0]],
    [1, [1, 1, 1, 1], [1, 0, 0, 0]],
    [300, [148, 152, 0], [148, 152, 0]],
  ])('allocate(%i, %j) → %j', (total, weights, expected) => {
    expect(allocate(total, weights)).toEqual(expected);
  });

  it('handles an empty list only for a zero total', () => {
    expect(allocate(0, [])).toEqual([]);
    expect(() => allocate(1, [])).toThrow(RangeError);
  });

  it('refuses negative or fractional weights and totals', () => {
    expect(() => allocate(10, [1, -1])).toThrow(RangeError);
    expect(() => allocate(10, [1.5])).toThrow(RangeError);
    expect(() => allocate(10.5, [1])).toThrow(RangeError);
  });

  it('stays exact when total × weight exceeds 2^53', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const parts = allocate(big, [big, 1]);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(big);
    expect(parts).toEqual([big - 1, 1]);
  });
});
