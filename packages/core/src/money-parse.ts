import { currencyExponent, isCurrencyCode } from './currency';
import { normalizeNumericText, scaleDigits, splitDecimal } from './decimal-text';
import { Money } from './money';
import { err, ok, type Result } from './result';

/** Why a typed amount was refused. */
export type MoneyParseError =
  | { readonly code: 'empty' }
  | { readonly code: 'not_a_number'; readonly text: string }
  | { readonly code: 'ambiguous_separator'; readonly text: string }
  | { readonly code: 'too_many_decimals'; readonly maxDecimals: number }
  | { readonly code: 'out_of_range' }
  | { readonly code: 'currency_mismatch'; readonly expected: string; readonly found: string };

/** Options for {@link parseMoney}. */
export type ParseMoneyOptions = {
  /** What to do with more fraction digits than the currency has: refuse (default) or round half-up. */
  readonly excessDigits?: 'reject' | 'round-half-up';
};

// Symbols are decoration: the caller states the currency. Longest first so 'CN¥' wins over '¥'.
const SYMBOLS = ['CN¥', 'JP¥', 'US$', 'HK$', 'NT$', 'RMB', '¥', '￥', '$', '€', '£', '₩', '₹', '元', '円'];
const SYMBOL_PATTERN = `${SYMBOLS.map((s) => s.replace('$', '\\$')).join('|')}|[A-Za-z]{3}`;
const MONEY_PATTERN = new RegExp(
  `^([+-]?)\\s*(${SYMBOL_PATTERN})?\\s*([+-]?)\\s*([0-9.,]+)\\s*(${SYMBOL_PATTERN})?$`,
);
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Parses an amount typed by a person or read from a file into exact minor units.
 *
 * Accepts an optional sign, an optional currency symbol or ISO code before or after the number
 * (`¥12.50`, `-￥3`, `12.50 CNY`, `12元`), surrounding whitespace, full-width digits (`１２．５`),
 * `.` as the decimal point and `,` only as a thousands separator in complete 3-digit groups
 * (`1,234.50`). `1,5` and `1.234,50` are `ambiguous_separator`; exponents, `NaN` and `Infinity`
 * are `not_a_number`; an ISO code other than `currency` is `currency_mismatch`.
 */
export function parseMoney(
  text: string,
  currency: string,
  options: ParseMoneyOptions = {},
): Result<Money, MoneyParseError> {
  const exponent = currencyExponent(currency);
  const normalized = normalizeNumericText(text);
  if (normalized === '') return err({ code: 'empty' });
  const match = MONEY_PATTERN.exec(normalized);
  if (!match) return err({ code: 'not_a_number', text });
  const [, outerSign = '', prefix, innerSign = '', body = '', suffix] = match;
  if ((outerSign && innerSign) || (prefix && suffix)) return err({ code: 'not_a_number', text });
  const symbol = prefix ?? suffix;
  if (symbol !== undefined && /^[A-Za-z]{3}$/.test(symbol)) {
    const code = symbol.toUpperCase();
    if (code !== 'RMB' && !isCurrencyCode(code)) return err({ code: 'not_a_number', text });
    const found = code === 'RMB' ? 'CNY' : code;
    if (found !== currency) return err({ code: 'currency_mismatch', expected: currency, found });
  }

  const digits = splitDecimal(body);
  if (typeof digits === 'string') return err({ code: digits, text });
  const minor = scaleDigits(digits, exponent, options.excessDigits === 'round-half-up');
  if (minor === 'too_many_decimals') return err({ code: 'too_many_decimals', maxDecimals: exponent });
  if (minor > MAX) return err({ code: 'out_of_range' });
  const negative = (outerSign || innerSign) === '-';
  return ok(Money.of(negative ? -Number(minor) : Number(minor), currency));
}
