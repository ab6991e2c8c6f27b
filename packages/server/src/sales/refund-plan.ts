import type { RefundBody } from '@kassa/api';
import { linePaidShares, refundAmount, refundToTenders } from '@kassa/core';
import type { RefundedSoFar, Sale, SaleLine } from '@kassa/db';
import { HttpError } from '../http/http-error';

/** What each line of `sale` was paid (its share of the paid total), and refunded so far. */
export function refundableLines(sale: Sale, soFar: RefundedSoFar) {
  const paid = linePaidShares(
    sale.paidTotal,
    sale.lines.map((line) => line.net + line.tax),
  );
  return sale.lines.map((line, index) => ({
    line,
    quantity: line.quantity,
    paid: paid[index] ?? 0,
    refundedQuantity: soFar.lines.get(line.id)?.quantity ?? 0,
    refundedAmount: soFar.lines.get(line.id)?.amount ?? 0,
  }));
}

/** A refund worked out: each line's quantity and amount, the total, and what goes back to each tender. */
export type RefundPlan = {
  readonly lines: readonly {
    readonly saleLineId: string;
    readonly quantity: number;
    readonly amount: number;
    readonly damaged: boolean;
  }[];
  readonly total: number;
  /** By the sale's tender order: what each tender gives back. */
  readonly parts: readonly number[];
  /** The sold line of each refunded line, by sale line id. */
  readonly sold: ReadonlyMap<string, SaleLine>;
};

/**
 * The refund of `wanted` lines of `sale`, given what was refunded before: each line gives back its
 * share of what was paid (core `refundAmount`), the total goes back onto the tenders in proportion
 * (core `refundToTenders`). Pure; throws HttpError for lines not on the sale, fractional pieces, or
 * more than is left.
 */
export function planRefund(sale: Sale, soFar: RefundedSoFar, wanted: RefundBody['lines']): RefundPlan {
  const history = new Map(refundableLines(sale, soFar).map((entry) => [entry.line.id, entry]));
  const lines = wanted.map((want, index) => {
    const entry = history.get(want.lineId);
    if (!entry) throw new HttpError('refund_exceeds_sale', { line: index, lineId: want.lineId });
    const countable = entry.line.unit === 'piece';
    if (countable && want.quantity % 1000 !== 0) {
      throw new HttpError('invalid_quantity', { line: index, got: want.quantity });
    }
    const amount = refundAmount(entry, want.quantity);
    if (amount === null) {
      throw new HttpError('refund_exceeds_sale', {
        line: index,
        left: entry.quantity - entry.refundedQuantity,
        got: want.quantity,
      });
    }
    return { saleLineId: want.lineId, quantity: want.quantity, amount, damaged: want.damaged === true };
  });
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const parts = refundToTenders(
    total,
    sale.tenders.map((tender) => ({
      amount: tender.amount,
      refunded: soFar.tenders.get(tender.tenderNo) ?? 0,
    })),
  );
  return { lines, total, parts, sold: new Map(sale.lines.map((line) => [line.id, line])) };
}
