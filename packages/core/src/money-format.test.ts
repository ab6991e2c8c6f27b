import { describe, expect, it } from 'vitest';
import { Money } from './money';
import { formatDecimal, formatMoney } from './money-format';

describe('formatMoney', () => {
  // Pinned to Node 20's ICU (CLDR) output: symbols and spacing are Intl's choice, digits are ours.
  it.each([
    [123456, 'CNY', 'zh-CN', '¥1,234.56'],
    [123456, 'CNY', 'en', 'CN¥1,234.56'],
    [-5, 'CNY', 'zh-CN', '-¥0.05'],
    [1234, 'JPY', 'ja-JP', '￥1,234'],
    [1234, 'JPY', 'en', '¥1,234'],
    [1234, 'KWD', 'en', 'KWD\u00a01.234'], // Intl separates a code with a no-break space
    [100, 'USD', 'en-US', '$1.00'],
    [123456, 'EUR', 'de-DE', '1.234,56\u00a0€'],
  ])('%i %s in %s → %s', (amount, currency, locale, expected) => {
    expect(formatMoney(Money.of(amount, currency), locale)).toBe(expected);
  });

  it('formats without the symbol', () => {
    expect(formatMoney(Money.of(123456, 'CNY'), 'zh-CN', { symbol: false })).toBe('1,234.56');
  });

  it('keeps every digit of amounts beyond 2^53 / 100', () => {
    // As a float, 9007199254740991 / 100 is 90071992547409.91 only by luck; the string path is exact.
    expect(formatMoney(Money.of(Number.MAX_SAFE_INTEGER, 'CNY'), 'en', { symbol: false })).toBe(
      '90,071,992,547,409.91',
    );
  });
});

describe('formatDecimal', () => {
  it.each([
    [123456, 'CNY', '1234.56'],
    [5, 'CNY', '0.05'],
    [-5, 'CNY', '-0.05'],
    [0, 'CNY', '0.00'],
    [1234, 'JPY', '1234'],
    [1234, 'KWD', '1.234'],
    [1, 'CLF', '0.0001'],
  ])('%i %s → %s', (amount, currency, expected) => {
    expect(formatDecimal(amount, currency)).toBe(expected);
  });
});
