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
 * The part of a refund that falls to one part of what a line was paid — its tax, or its share of
 * the sale's cash rounding (抹零) — telescoped: the part's share of everything refunded of the line
 * so far (rounded toward zero) less its share of what was refunded before, and all of it once the
 * line's whole quantity is back. So a line's refunds, in one go or bit by bit, carry exactly the
 * part, and a sale refunded in full gives back exactly its tax and its rounding. Worked: 3 colas
 * paid 10.50 with 1.21 tax refunded one, then two: 1.21 × 3.50 / 10.50 = 0.40, then 1.21 − 0.40.
 * Completion goes by quantity, not amount: a line paid nothing (a tiny line rounded away) still
 * hands its part back with its last unit.
 */
export function refundShare(
  line: RefundableLine,
  part: number,
  refund: { readonly quantity: number; readonly amount: number },
): number {
  assertSafeInteger(part, 'part');
  const share = (quantity: number, amount: number): number => {
    if (quantity >= line.quantity) return part;
    if (line.paid <= 0) return 0;
    return Number((BigInt(part) * BigInt(amount)) / BigInt(line.paid));
  };
  return (
    share(line.refundedQuantity + refund.quantity, line.refundedAmount + refund.amount) -
    share(line.refundedQuantity, line.refundedAmount)
  );
}
