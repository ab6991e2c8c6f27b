import { type CashRoundingRule, roundCash } from './cash-rounding';
import type { QrProvider } from './payment-code';
import { err, ok, type Result } from './result';
import { assertSafeInteger } from './rounding';

/** Cash handed over by the customer (the full amount handed over, change is worked out). */
export type CashTenderInput = { readonly kind: 'cash'; readonly amount: number };
/** A card payment made on an external terminal; only its reference, brand and last four digits are kept. */
export type CardTenderInput = {
  readonly kind: 'card';
  readonly amount: number;
  readonly reference: string;
  readonly brand?: string;
  readonly last4?: string;
};
/**
 * A QR payment (扫码付) that succeeded at the gateway: its transaction id as the reference and the
 * wallet as the brand.
 */
export type QrTenderInput = {
  readonly kind: 'qr';
  readonly amount: number;
  /** Kassa's id of the payment (the gateway's order number). */
  readonly paymentId: string;
  readonly reference: string;
  readonly brand: QrProvider;
};
/** One way the customer pays. Every kind but cash is exact: it settles at its amount, without change. */
export type TenderInput = CashTenderInput | CardTenderInput | QrTenderInput;
/** The kind of a tender. */
export type TenderKind = TenderInput['kind'];

/** A tender as settled: `applied` counts toward the sale, `tendered` was handed over. */
export type SettledTender = {
  readonly kind: TenderKind;
  readonly applied: number;
  readonly tendered: number;
  readonly reference?: string;
  readonly brand?: string;
  readonly last4?: string;
};

/**
 * How a sale was paid. `cashRounding` is the signed 抹零 adjustment (`dueAfterRounding − due`, 0
 * without cash); `paid` = Σ applied = `dueAfterRounding`; `change` is cash returned.
 */
export type Settlement = {
  readonly due: number;
  readonly cashRounding: number;
  readonly dueAfterRounding: number;
  readonly tenders: SettledTender[];
  readonly change: number;
  readonly paid: number;
};

/** Why a sale cannot be settled with the given tenders. `index` points into the tender list. */
export type SettleError =
  | { readonly code: 'invalid_amount'; readonly index: number; readonly amount: number }
  | { readonly code: 'invalid_card_last4'; readonly index: number }
  | { readonly code: 'non_cash_exceeds_due'; readonly due: number; readonly nonCash: number }
  | { readonly code: 'tender_short'; readonly due: number; readonly tendered: number };

function settledTender(tender: TenderInput, applied: number): SettledTender {
  if (tender.kind === 'cash') return { kind: 'cash', applied, tendered: tender.amount };
  return {
    kind: tender.kind,
    applied,
    tendered: tender.amount,
    reference: tender.reference,
    ...(tender.brand === undefined ? {} : { brand: tender.brand }),
    ...(tender.kind === 'card' && tender.last4 !== undefined ? { last4: tender.last4 } : {}),
  };
}

/**
 * Settles `due` (minor units, ≥ 0) with `tenders`.
 *
 * Non-cash tenders apply first, in order, at their full amount and may not exceed `due` together
 * (change only ever comes from cash). What remains is paid in cash, rounded with `rule` (抹零 applies
 * to the cash part only; without a cash tender nothing is rounded). Several cash and card tenders
 * may be combined. Example: due 1234, card 1000, cash 300, rule {10, down}: cash due 234 → 230,
 * cashRounding −4, dueAfterRounding 1230, change 70.
 * @throws RangeError when `due` is negative or not a safe integer.
 */
export function settle(
  due: number,
  tenders: readonly TenderInput[],
  rule: CashRoundingRule,
): Result<Settlement, SettleError> {
  assertSafeInteger(due, 'due', 0);
  for (const [index, tender] of tenders.entries()) {
    if (!Number.isSafeInteger(tender.amount) || tender.amount <= 0) {
      return err({ code: 'invalid_amount', index, amount: tender.amount });
    }
    if (tender.kind === 'card' && tender.last4 !== undefined && !/^\d{4}$/.test(tender.last4)) {
      return err({ code: 'invalid_card_last4', index });
    }
  }

  const cash = tenders.filter((t) => t.kind === 'cash');
  const cashTendered = cash.reduce((s, t) => s + t.amount, 0);
  const nonCash = tenders.reduce((s, t) => (t.kind === 'cash' ? s : s + t.amount), 0);
  if (nonCash > due) return err({ code: 'non_cash_exceeds_due', due, nonCash });

  const cashDueExact = due - nonCash;
  const cashDue = cash.length > 0 ? roundCash(cashDueExact, rule) : cashDueExact;
  const dueAfterRounding = nonCash + cashDue;
  if (cashTendered < cashDue)
    return err({ code: 'tender_short', due: dueAfterRounding, tendered: nonCash + cashTendered });

  let cashLeft = cashDue;
  const settled = tenders.map((tender) => {
    if (tender.kind !== 'cash') return settledTender(tender, tender.amount);
    const applied = Math.min(tender.amount, cashLeft);
    cashLeft -= applied;
    return settledTender(tender, applied);
  });
  return ok({
    due,
    cashRounding: dueAfterRounding - due,
    dueAfterRounding,
    tenders: settled,
    change: cashTendered - cashDue,
    paid: dueAfterRounding,
  });
}
