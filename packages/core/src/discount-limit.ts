import { BASIS_POINTS, type Discount } from './discount';
import { assertSafeInteger } from './rounding';

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
