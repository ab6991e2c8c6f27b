import { describe, expect, it } from 'vitest';
import { CURRENCY_EXPONENTS, currencyExponent, isCurrencyCode } from './currency';

describe('currency', () => {
  it.each([
    ['CNY', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['CLF', 4],
    ['EUR', 2],
    ['KRW', 0],
    ['HKD', 2],
  ])('%s has exponent %i', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it('knows only upper-case ISO codes with a minor unit', () => {
    expect(isCurrencyCode('CNY')).toBe(true);
    expect(isCurrencyCode('cny')).toBe(false);
    expect(isCurrencyCode('XAU')).toBe(false);
    expect(isCurrencyCode('toString')).toBe(false);
    expect(() => currencyExponent('ABC')).toThrow(RangeError);
  });

  it('has a full table of three-letter codes', () => {
    const codes = Object.keys(CURRENCY_EXPONENTS);
    expect(codes.length).toBeGreaterThan(150);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(Object.isFrozen(CURRENCY_EXPONENTS)).toBe(true);
  });
});
