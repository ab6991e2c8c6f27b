import { formatMoney, Quantity, type Unit } from '@kassa/core';
import type { ReceiptLanguage } from './receipt-labels';

/** How a receipt shows money, dates and quantities in one language and time zone. */
export type ReceiptFormat = {
  readonly money: (amount: number) => string;
  readonly date: (epochMs: number) => string;
  readonly quantity: (quantity: number, unit: Unit) => string;
};

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD HH:mm:ss' on the store's wall clock: the same shape in every language. */
export function formatReceiptDate(at: number, timeZone: string): string {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    dateFormatters.set(timeZone, formatter);
  }
  const p: Record<string, string> = {};
  for (const part of formatter.formatToParts(at)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/**
 * Formatters for a receipt. `symbol` adds the currency symbol (HTML pages); printer text leaves it
 * out because '¥' (U+00A5) is a four-byte GB18030 code many printers cannot print.
 */
export function receiptFormat(
  currency: string,
  timeZone: string,
  lang: ReceiptLanguage,
  symbol: boolean,
): ReceiptFormat {
  return {
    money: (amount) => formatMoney({ amount, currency }, lang, { symbol }),
    date: (at) => formatReceiptDate(at, timeZone),
    quantity: (quantity, unit) => Quantity.format(quantity, unit, lang),
  };
}
