import { formatMoney, Quantity, type Unit } from '@kassa/core';

/** Display formatting for one UI locale. Money and quantities go through the core, never floats. */
export type Format = {
  readonly locale: string;
  /** 1234 CNY → '¥12.34' (zh-CN) / 'CN¥12.34' (en). */
  money(amount: number, currency: string): string;
  /** (350, 'kg') → '0.350 kg'; (2000, 'piece') → '2'. */
  quantity(quantity: number, unit: Unit): string;
  /** A basis-point percentage: 1050 → '10.5%'. */
  percent(basisPoints: number): string;
  /** An instant in a time zone (the store's), date and time. */
  dateTime(epochMs: number, timeZone?: string): string;
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      ...(timeZone ? { timeZone } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** Formatting functions for `locale` (the UI language). */
export function createFormat(locale: string): Format {
  return {
    locale,
    money: (amount, currency) => formatMoney({ amount, currency }, locale),
    quantity: (quantity, unit) => Quantity.format(quantity, unit, locale),
    percent(basisPoints) {
      const whole = Math.trunc(basisPoints / 100);
      const fraction = String(basisPoints % 100)
        .padStart(2, '0')
        .replace(/0+$/, '');
      return `${whole}${fraction ? `.${fraction}` : ''}%`;
    },
    dateTime: (epochMs, timeZone) => dateFormat(locale, timeZone).format(epochMs),
  };
}
