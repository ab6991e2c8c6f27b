import { formatMoney, Quantity, type Unit } from '@kassa/core';

/** Display formatting for one UI locale. Money and quantities go through the core, never floats. */
export type Format = {
  readonly locale: string;
  /** 1234 CNY → '¥12.34' (zh-CN) / 'CN¥12.34' (en). */
  money(amount: number, currency: string): string;
  /** (350, 'kg') → '0.350 kg'; (2000, 'piece') → '2'. */
  quantity(quantity: number, unit: Unit): string;
  /** A basis-point percentage: 1050 → '10.5%', -25 → '-0.25%'. */
  percent(basisPoints: number): string;
  /** An instant in a time zone (the store's), date and time. */
  dateTime(epochMs: number, timeZone?: string): string;
  /** An instant's time of day in a time zone: '14:05:09'. */
  time(epochMs: number, timeZone?: string): string;
  /** A business date 'YYYY-MM-DD' as the locale writes a short date with its weekday: '11月22日 周日'. */
  businessDate(date: string): string;
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};
const TIME: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};
// A business date is a calendar date, not an instant: it is read and written at UTC noon.
const BUSINESS_DATE: Intl.DateTimeFormatOptions = {
  month: 'short',
  day: 'numeric',
  weekday: 'short',
  timeZone: 'UTC',
};

function dateFormat(
  locale: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) });
    dateFormats.set(key, format);
  }
  return format;
}

function signedPercent(basisPoints: number): string {
  const sign = basisPoints < 0 ? '-' : '';
  const size = Math.abs(basisPoints);
  const fraction = String(size % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.trunc(size / 100)}${fraction ? `.${fraction}` : ''}%`;
}

/** Formatting functions for `locale` (the UI language). */
export function createFormat(locale: string): Format {
  return {
    locale,
    money: (amount, currency) => formatMoney({ amount, currency }, locale),
    quantity: (quantity, unit) => Quantity.format(quantity, unit, locale),
    percent: signedPercent,
    dateTime: (epochMs, timeZone) => dateFormat(locale, timeZone, DATE_TIME).format(epochMs),
    time: (epochMs, timeZone) => dateFormat(locale, timeZone, TIME).format(epochMs),
    businessDate: (date) =>
      dateFormat(locale, undefined, BUSINESS_DATE).format(Date.parse(`${date}T12:00:00Z`)),
  };
}
