import { describe, expect, it } from 'vitest';
import { changeBasisPoints, direction } from './change';

describe('changeBasisPoints', () => {
  it('answers the growth on last week in basis points', () => {
    expect(changeBasisPoints(11_250, 10_000)).toBe(1250);
    expect(changeBasisPoints(7_500, 10_000)).toBe(-2500);
    expect(changeBasisPoints(10_000, 10_000)).toBe(0);
  });

  it('rounds half away from zero, the same both ways', () => {
    expect(changeBasisPoints(20_001, 60_000)).toBe(-6667);
    expect(changeBasisPoints(3, 2)).toBe(5000);
    expect(changeBasisPoints(1, 30_000)).toBe(-10_000);
    expect(changeBasisPoints(30_001, 20_000)).toBe(5001);
  });

  it('has no percentage when last week sold nothing (or refunded more than it sold)', () => {
    expect(changeBasisPoints(5_000, 0)).toBeNull();
    expect(changeBasisPoints(5_000, -300)).toBeNull();
  });
});

describe('direction', () => {
  it('reads a change as up, down or flat', () => {
    expect(direction(12)).toBe('up');
    expect(direction(-1)).toBe('down');
    expect(direction(0)).toBe('flat');
    expect(direction(null)).toBe('flat');
  });
});
