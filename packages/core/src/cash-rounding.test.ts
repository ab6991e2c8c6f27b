import { describe, expect, it } from 'vitest';
import { roundCash } from './cash-rounding';

describe('roundCash (抹零)', () => {
  it.each([
    // [amount, increment, mode, rounded]
    [1234, 0, 'down', 1234],
    [1234, 1, 'half-up', 1234],
    [1234, 10, 'down', 1230], // 抹分: drop the fen
    [1239, 10, 'down', 1230],
    [1234, 10, 'half-up', 1230],
    [1235, 10, 'half-up', 1240], // exactly half a jiao rounds up
    [1299, 100, 'down', 1200], // 抹角: drop jiao and fen
    [1250, 100, 'half-up', 1300],
    [1237, 5, 'half-up', 1235], // CHF 0.05: 12.37 → 12.35
    [1238, 5, 'half-up', 1240], // 12.38 → 12.40
    [-1239, 10, 'down', -1230], // a cash refund rounds toward zero too
    [5, 10, 'down', 0],
  ] as const)('%i by %i %s → %i', (amount, increment, mode, rounded) => {
    expect(roundCash(amount, { increment, mode })).toBe(rounded);
  });

  it('refuses bad input', () => {
    expect(() => roundCash(1.5, { increment: 10, mode: 'down' })).toThrow(RangeError);
    expect(() => roundCash(1, { increment: -10, mode: 'down' })).toThrow(RangeError);
  });
});
