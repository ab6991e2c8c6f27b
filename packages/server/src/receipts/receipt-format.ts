import { formatMoney, formatWallClock, Quantity, type Unit } from '@kassa/core';
import type { ReceiptLanguage } from './receipt-labels';

/** How a receipt shows money, dates and quantities in one language and time zone. */
export type ReceiptFormat = {
  readonly money: (amount: number) => string;
  readonly date: (epochMs: number) => string;
  readonly quantity: (quantity: number, unit: Unit) => string;
};

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
    date: (at) => formatWallClock(at, timeZone),
    quantity: (quantity, unit) => Quantity.format(quantity, unit, lang),
  };
}
