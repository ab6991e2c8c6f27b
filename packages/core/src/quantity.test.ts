import { describe, expect, it } from 'vitest';
import { lineAmount, Quantity } from './quantity';

describe('Quantity', () => {
  it('counts thousandths', () => {
    expect(Quantity.ONE).toBe(1000);
    expect(Quantity.fromUnits(3)).toBe(3000);
    expect(() => Quantity.fromUnits(1.5)).toThrow(RangeError);
  });

  it.each([
    ['0.35', 350],
    ['0.350', 350],
    ['2', 2000],
    ['1.5', 1500],
    ['１．２５', 1250],
    ['1,000', 1_000_000],
    ['0', 0],
  ])('parses %j → %i', (text, quantity) => {
    expect(Quantity.parse(text)).toEqual({ ok: true, value: quantity });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'not_a_number'],
    ['1e3', 'not_a_number'],
    ['0.0005', 'too_precise'],
    ['-1', 'negative'],
    ['1,5', 'ambiguous_separator'],
    ['9999999999999999', 'out_of_range'],
  ])('refuses %j with %s', (text, code) => {
    const result = Quantity.parse(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it.each([
    [350, 'kg', 'zh-CN', '0.350 kg'],
    [1250, 'kg', 'en', '1.250 kg'],
    [2000, 'piece', 'zh-CN', '2'],
    [1500, 'piece', 'zh-CN', '1.5'],
    [1_234_000, 'piece', 'en', '1,234'],
  ] as const)('formats %i %s in %s as %j', (q, unit, locale, expected) => {
    expect(Quantity.format(q, unit, locale)).toBe(expected);
  });
});

describe('lineAmount', () => {
  it.each([
    // 12.99/kg × 0.350 kg = 4.5465 → 4.55 (half-up)
    [1299, 350, 'half-up', 455],
    [1299, 350, 'down', 454],
    // 3.50 × 3 pieces: exact
    [350, 3000, 'half-up', 1050],
    // 0.25 × 0.002 kg = 0.0005 yuan = 0.05 fen → 0 either way; 1.25 × 0.002 = 0.25 fen → 0
    [25, 2, 'half-up', 0],
    // 5 × 0.1 → 0.5 fen: the tie is where half-up and half-even differ
    [5, 100, 'half-up', 1],
    [5, 100, 'half-even', 0],
  ] as const)('%i × %i (%s) → %i', (price, quantity, mode, expected) => {
    expect(lineAmount(price, quantity, mode)).toBe(expected);
  });

  it('uses bigint for the product', () => {
    // 9007199254740 × 1000 = 9.007e15 > 2^53 as an intermediate, exact result 9007199254740.
    expect(lineAmount(9_007_199_254_740, 1000)).toBe(9_007_199_254_740);
    expect(lineAmount(1299, 350)).toBe(455);
  });
});
