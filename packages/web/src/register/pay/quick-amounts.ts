import { type CashRoundingRule, currencyExponent, roundCash } from '@kassa/core';

// Banknotes in whole currency units; a customer hands over the next multiple of one of them.
const NOTES = [5, 10, 20, 50, 100];
const MAX_NOTES_SHOWN = 4;

/**
 * Cash amounts a cashier is most likely handed for `cashDue` (minor units): the exact amount after
 * 抹零 first, then the next multiples of common notes above it. ¥37.50 → ¥37.50, ¥40, ¥50, ¥100;
 * ¥123.45 → ¥123.45, ¥125, ¥130, ¥140, ¥200 (the smallest three, and the next ¥100 multiple).
 */
export function quickCashAmounts(cashDue: number, currency: string, rule: CashRoundingRule): number[] {
  if (cashDue <= 0) return [];
  const exact = roundCash(cashDue, rule);
  const unit = 10 ** currencyExponent(currency);
  const above = [...new Set(NOTES.map((note) => Math.ceil(exact / (note * unit)) * note * unit))]
    .filter((amount) => amount > exact)
    .sort((a, b) => a - b);
  const shown =
    above.length > MAX_NOTES_SHOWN
      ? [...above.slice(0, MAX_NOTES_SHOWN - 1), above[above.length - 1] ?? 0]
      : above;
  return exact > 0 ? [exact, ...shown] : shown;
}
