import { BASIS_POINTS, type Discount } from './discount';
import { lineAmount } from './quantity';
import type { RoundingMode } from './rounding';
import { assertSafeInteger } from './rounding';
import type { PricedLine, PricedTicket } from './ticket-pricing';

/**
 * The share `reduction` takes off `base`, in basis points rounded up (1000 = 10%): the smallest
 * limit that allows it, so 1.00 off 9.99 is 1002 (10.02%), beyond a 10% limit. Capped at 100%;
 * any reduction of nothing is 100%.
 * @throws RangeError on a negative or non-integer amount.
 */
export function discountBasisPoints(reduction: number, base: number): number {
  assertSafeInteger(reduction, 'reduction', 0);
  assertSafeInteger(base, 'base', 0);
  if (reduction === 0) return 0;
  if (base === 0) return BASIS_POINTS;
  const bp = (BigInt(reduction) * BigInt(BASIS_POINTS) + BigInt(base) - 1n) / BigInt(base);
  return Number(bp > BigInt(BASIS_POINTS) ? BigInt(BASIS_POINTS) : bp);
}

/**
 * How big a discount is against a seller's limit, in basis points: a percentage as it was chosen
 * (10% is 10% even when rounding takes 10.02% of the fen), an amount as its share of `base`, the
 * amount it comes off.
 */
export function discountShare(discount: Discount | undefined, base: number): number {
  if (discount === undefined) return 0;
  if (discount.kind === 'percent') return discount.basisPoints;
  return discountBasisPoints(Math.min(discount.amount, base), base);
}

/**
 * How far a priced line is reduced against a seller's limit: its own discount, and an overridden
 * price below the catalogue price (改价) as the share it takes off the catalogue amount.
 */
export function lineReductionShare(line: PricedLine, roundingMode: RoundingMode): number {
  if (line.listPrice === undefined) return discountShare(line.discount, line.gross);
  const listGross = lineAmount(line.listPrice, line.quantity, roundingMode);
  const charged = line.gross - line.lineDiscount;
  return discountBasisPoints(Math.max(0, listGross - charged), listGross);
}

/**
 * How big a sale discount is against a seller's limit: as chosen (see {@link discountShare}) of
 * what the lines come to after their own discounts, and, when lines are reduced too, the whole
 * reduction of the ticket against its catalogue amount, since discounts each within a limit can
 * stack beyond it (10% off a line, then 10% off the sale, is 19%). 0 without a sale discount.
 */
export function ticketDiscountShare(
  ticket: PricedTicket,
  discount: Discount | undefined,
  roundingMode: RoundingMode,
): number {
  if (discount === undefined) return 0;
  const afterLines = ticket.lines.reduce((sum, line) => sum + line.gross - line.lineDiscount, 0);
  const share = discountShare(discount, afterLines);
  const linesReduced = ticket.lines.some(
    (line) => line.lineDiscount > 0 || (line.listPrice !== undefined && line.listPrice > line.unitPrice),
  );
  if (!linesReduced) return share;
  let list = 0;
  let charged = 0;
  for (const line of ticket.lines) {
    list +=
      line.listPrice === undefined ? line.gross : lineAmount(line.listPrice, line.quantity, roundingMode);
    charged += line.amount;
  }
  return Math.max(share, discountBasisPoints(Math.max(0, list - charged), list));
}
