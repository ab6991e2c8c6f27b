import { allocate } from './allocate';
import { assertSafeInteger } from './rounding';

/**
 * What each line of a sale was paid: the sale's paid total (after cash rounding) split over its
 * lines by their totals, largest remainder, so the lines' shares sum to exactly what was paid.
 */
export function linePaidShares(paidTotal: number, lineTotals: readonly number[]): number[] {
  return allocate(paidTotal, lineTotals);
}

/** A line's refund history: what it sold and was paid, and what was refunded of it before. */
export type RefundableLine = {
  readonly quantity: number;
  readonly paid: number;
  readonly refundedQuantity: number;
  readonly refundedAmount: number;
};

/**
 * The refund of `quantity` (thousandths) of a line: its share of what the line was paid, rounded
 * down, and the last units take exactly what is left; so however a line is refunded, in one go or
 * bit by bit, the refunds sum to what it was paid and never beyond.
 * @returns null when more would be refunded than was sold.
 */
export function refundAmount(line: RefundableLine, quantity: number): number | null {
  assertSafeInteger(quantity, 'quantity', 1);
  const left = line.quantity - line.refundedQuantity;
  if (quantity > left) return null;
  const remaining = line.paid - line.refundedAmount;
  if (quantity === left) return remaining;
  const share = Number((BigInt(line.paid) * BigInt(quantity)) / BigInt(line.quantity));
  return Math.min(share, remaining);
}

/** A tender of the sale and what was refunded to it before. */
export type RefundableTender = { readonly amount: number; readonly refunded: number };

/**
 * A refund total back onto the sale's tenders, in proportion to what each can still take back
 * (largest remainder): never more to a tender than it paid, in all.
 * @throws RangeError when the total is more than the tenders can take back.
 */
export function refundToTenders(total: number, tenders: readonly RefundableTender[]): number[] {
  assertSafeInteger(total, 'total', 0);
  const room = tenders.map((t) => Math.max(0, t.amount - t.refunded));
  if (total > room.reduce((sum, r) => sum + r, 0))
    throw new RangeError('refund exceeds what the tenders paid');
  return allocate(total, room);
}

/**
 * The tax in a refund of `amount` from a line that was paid `paid` with `tax` in it, given what was
 * refunded of the line before: the tax share of everything refunded so far (rounded down, all of it
 * once the whole line is back) less the share of what was refunded before. So partial refunds'
 * tax telescopes to exactly the line's tax.
 */
export function refundTaxShare(
  line: { readonly paid: number; readonly tax: number },
  refundedBefore: number,
  amount: number,
): number {
  const share = (refunded: number): number => {
    if (line.paid <= 0) return 0;
    if (refunded >= line.paid) return line.tax;
    return Number((BigInt(line.tax) * BigInt(refunded)) / BigInt(line.paid));
  };
  return share(refundedBefore + amount) - share(refundedBefore);
}
