import { assertSafeInteger, roundDiv } from './rounding';

/**
 * 抹零 / cash rounding: the cash part of a sale is rounded to a multiple of `increment` minor units.
 * `increment` 0 or 1 = none, 10 = 0.1 yuan (角), 100 = 1 yuan, 5 = CHF 0.05.
 * `mode` 'down' drops the odd fen in the customer's favour (the usual 抹零); 'half-up' rounds to nearest.
 */
export type CashRoundingRule = { readonly increment: number; readonly mode: 'down' | 'half-up' };

/** No cash rounding. */
export const NO_CASH_ROUNDING: CashRoundingRule = Object.freeze({ increment: 0, mode: 'half-up' });

/**
 * Rounds a cash amount with `rule`: 1234 fen with {10, down} → 1230; {10, half-up} → 1230;
 * 1235 with {10, half-up} → 1240; 1237 with {5, half-up} → 1235. Negative amounts (cash refunds)
 * round symmetrically: 'down' is toward zero.
 * @throws RangeError on a non-integer amount or a negative/non-integer increment.
 */
export function roundCash(amount: number, rule: CashRoundingRule): number {
  assertSafeInteger(amount, 'amount');
  assertSafeInteger(rule.increment, 'increment', 0);
  if (rule.increment <= 1) return amount;
  const rounded = roundDiv(amount, rule.increment, rule.mode) * rule.increment;
  return rounded === 0 ? 0 : rounded;
}
