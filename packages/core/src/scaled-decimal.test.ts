import { describe, expect, it } from 'vitest';
import { decimalText } from './scaled-decimal';

describe('decimalText', () => {
  it('places the point by the exponent, keeping every digit', () => {
    expect(decimalText(1234, 2)).toBe('12.34');
    expect(decimalText(-50, 2)).toBe('-0.50');
    expect(decimalText(5, 2)).toBe('0.05');
    expect(decimalText(0, 2)).toBe('0.00');
    expect(decimalText(1234, 0)).toBe('1234'); // JPY
    expect(decimalText(1234, 3)).toBe('1.234'); // KWD
  });

  it('trims trailing fraction zeros on request', () => {
    expect(decimalText(1500, 3, true)).toBe('1.5');
    expect(decimalText(2000, 3, true)).toBe('2');
    expect(decimalText(350, 3, true)).toBe('0.35');
    expect(decimalText(1050, 4, true)).toBe('0.105');
  });

  // 2^53 − 1 minor units: a float division by 100 would print 90071992547409.91.
  it('stays exact at the largest safe integer', () => {
    expect(decimalText(Number.MAX_SAFE_INTEGER, 2)).toBe('90071992547409.91');
    expect(decimalText(Number.MIN_SAFE_INTEGER, 2)).toBe('-90071992547409.91');
  });

  it('refuses a non-integer', () => {
    expect(() => decimalText(12.5, 2)).toThrow(RangeError);
    expect(() => decimalText(Number.NaN, 2)).toThrow(RangeError);
  });
});
