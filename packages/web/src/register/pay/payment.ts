import { type CashRoundingRule, roundCash, type Settlement, settle, type TenderInput } from '@kassa/core';

/** Where a payment stands while tenders are being added. */
export type PaymentSummary = {
  readonly due: number;
  /** Σ of the tenders so far (cash as handed over). */
  readonly tendered: number;
  /** What is still open, exact (for a card): due − non-cash − cash so far, ≥ 0. */
  readonly remaining: number;
  /** Cash that would close the sale exactly, after 抹零 of the cash part, ≥ 0. */
  readonly cashRemaining: number;
  /** The settlement once the tenders cover the sale, else null. */
  readonly settlement: Settlement | null;
};

/** Sums up the tenders against `due` with the store's cash rounding rule (core `settle`). */
export function summarizePayment(
  due: number,
  tenders: readonly TenderInput[],
  rule: CashRoundingRule,
): PaymentSummary {
  const nonCash = tenders.reduce((s, t) => (t.kind === 'cash' ? s : s + t.amount), 0);
  const cash = tenders.reduce((s, t) => (t.kind === 'cash' ? s + t.amount : s), 0);
  const settled = tenders.length > 0 ? settle(due, tenders, rule) : null;
  const cashPart = Math.max(0, due - nonCash);
  return {
    due,
    tendered: nonCash + cash,
    remaining: Math.max(0, cashPart - cash),
    cashRemaining: Math.max(0, roundCash(cashPart, rule) - cash),
    settlement: settled?.ok ? settled.value : null,
  };
}

/**
 * What adding one more tender would give: the settlement when it covers the sale, or the core's
 * reason when it cannot be accepted (`non_cash_exceeds_due`, `invalid_card_last4`…). `short` is
 * true when it is fine but not enough yet (a split payment continues).
 */
export function previewTender(
  due: number,
  tenders: readonly TenderInput[],
  next: TenderInput,
  rule: CashRoundingRule,
): { readonly settlement: Settlement | null; readonly error: string | null; readonly short: boolean } {
  const result = settle(due, [...tenders, next], rule);
  if (result.ok) return { settlement: result.value, error: null, short: false };
  if (result.error.code === 'tender_short') return { settlement: null, error: null, short: true };
  return { settlement: null, error: result.error.code, short: false };
}
