import { describe, expect, it } from 'vitest';
import { parseMoney } from './money-parse';

describe('parseMoney', () => {
  it.each([
    ['12.50', 'CNY', 1250],
    ['12.5', 'CNY', 1250],
    ['12', 'CNY', 1200],
    ['  12.50  ', 'CNY', 1250],
    ['¥12.50', 'CNY', 1250],
    ['￥12.50', 'CNY', 1250],
    ['CN¥ 12.50', 'CNY', 1250],
    ['12.50 CNY', 'CNY', 1250],
    ['12.50元', 'CNY', 1250],
    ['CNY\u00a012.50', 'CNY', 1250], // what Intl prints for some locales
    ['RMB 3', 'CNY', 300],
    ['-¥3.20', 'CNY', -320],
    ['¥-3.20', 'CNY', -320],
    ['+1', 'CNY', 100],
    ['1,234.50', 'CNY', 123450],
    ['1,234,567', 'CNY', 123456700],
    ['１２．５', 'CNY', 1250], // full-width digits and point from a Chinese IME
    ['.5', 'CNY', 50],
    ['5.', 'CNY', 500],
    ['2.500', 'CNY', 250], // extra zeros are exact
    ['-0', 'CNY', 0],
    ['1234', 'JPY', 1234],
    ['1.234', 'KWD', 1234],
    ['$1.99', 'USD', 199],
    ['90071992547409.91', 'CNY', Number.MAX_SAFE_INTEGER],
  ])('%j %s → %i', (text, currency, amount) => {
    expect(parseMoney(text, currency)).toEqual({ ok: true, value: { amount, currency } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not_a_number'],
    ['NaN', 'not_a_number'],
    ['Infinity', 'not_a_number'],
    ['1e5', 'not_a_number'],
    ['--1', 'not_a_number'],
    ['-¥-1', 'not_a_number'],
    ['.', 'not_a_number'],
    ['1 234', 'not_a_number'],
    ['0x10', 'not_a_number'],
    ['1,5', 'ambiguous_separator'],
    ['1.234,50', 'ambiguous_separator'],
    ['1.234.567', 'ambiguous_separator'],
    ['12,34', 'ambiguous_separator'],
    ['1,2345', 'ambiguous_separator'],
    ['1.5,0', 'ambiguous_separator'],
    ['1.234', 'too_many_decimals'],
    ['2.5499999999999998', 'too_many_decimals'],
    ['90071992547409.92', 'out_of_range'],
    ['99999999999999999999', 'out_of_range'],
    ['12 USD', 'currency_mismatch'],
  ])('%j → %s', (text, code) => {
    const result = parseMoney(text, 'CNY');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('reports the allowed decimals', () => {
    expect(parseMoney('1.5', 'JPY')).toEqual({
      ok: false,
      error: { code: 'too_many_decimals', maxDecimals: 0 },
    });
  });

  it.each([
    // Float artefacts pasted from spreadsheets round on the digits, not through a double:
    // '2.5499999999999998' keeps 254 and the first dropped digit 9 rounds it up.
    ['2.5499999999999998', 255],
    ['9.9499999999999993', 995],
    ['0.005', 1], // exactly half a fen: away from zero
    ['0.0049999', 0],
    ['-0.005', -1],
    ['1.2345', 123],
  ])('round-half-up %j → %i', (text, amount) => {
    expect(parseMoney(text, 'CNY', { excessDigits: 'round-half-up' })).toEqual({
      ok: true,
      value: { amount, currency: 'CNY' },
    });
  });

  it('throws for an unknown currency (a programmer error)', () => {
    expect(() => parseMoney('1', 'ABC')).toThrow(RangeError);
  });
});
