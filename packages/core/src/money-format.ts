import { currencyExponent } from './currency';
import type { Money } from './money';
import { assertSafeInteger } from './rounding';

/** Options for {@link formatMoney}. */
export type FormatMoneyOptions = {
  /** Show the currency symbol (default true). Without it the result is a grouped number: '1,234.56'. */
  readonly symbol?: boolean;
};

/**
 * The exact decimal string of an amount of minor units, without grouping: 123456 CNY → '1234.56',
 * −5 CNY → '-0.05', 1234 JPY → '1234', 1234 KWD → '1.234'. For input fields and CSV.
 */
export function formatDecimal(amount: number, currency: string): string {
  assertSafeInteger(amount, 'amount');
  const exponent = currencyExponent(currency);
  const sign = amount < 0 ? '-' : '';
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, '0');
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string, symbol: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${symbol}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = currencyExponent(currency);
    formatter = new Intl.NumberFormat(locale, {
      ...(symbol ? { style: 'currency', currency } : { style: 'decimal' }),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats money for display with `Intl.NumberFormat` in `locale`, always with the currency's
 * ISO exponent as fraction digits: 123456 CNY → '¥1,234.56' (zh-CN) / 'CN¥1,234.56' (en).
 * The number is handed to Intl as an exact decimal string, so no float rounding can creep in even
 * for amounts beyond 2^53 / 100.
 */
export function formatMoney(money: Money, locale: string, options: FormatMoneyOptions = {}): string {
  const decimal = formatDecimal(money.amount, money.currency) as `${number}`;
  return formatterFor(locale, money.currency, options.symbol ?? true).format(decimal);
}
