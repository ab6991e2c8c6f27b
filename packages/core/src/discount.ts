import { err, ok, type Result } from './result';
import { assertSafeInteger, type RoundingMode, roundDiv } from './rounding';

/**
 * A price reduction: a percentage in basis points (1000 bp = 10% off, i.e. 9折) or a fixed amount
 * in minor units.
 */
export type Discount =
  | { readonly kind: 'percent'; readonly basisPoints: number }
  | { readonly kind: 'amount'; readonly amount: number };

/** Why a discount was refused. */
export type DiscountError = { readonly code: 'invalid_discount'; readonly discount: Discount };

/** Basis points in 100%. */
export const BASIS_POINTS = 10_000;

/** Checks a discount: percent must be an integer 0…10000 bp (0–100%), amount a non-negative integer. */
export function validateDiscount(discount: Discount): Result<Discount, DiscountError> {
  const valid =
    discount.kind === 'percent'
      ? Number.isSafeInteger(discount.basisPoints) &&
        discount.basisPoints >= 0 &&
        discount.basisPoints <= BASIS_POINTS
      : Number.isSafeInteger(discount.amount) && discount.amount >= 0;
  return valid ? ok(discount) : err({ code: 'invalid_discount', discount });
}

/**
 * How much `discount` takes off `base` (≥ 0): a percentage rounded with `mode`, or the fixed amount,
 * clamped so it never exceeds `base` (a line is never negative). 10% of 1999 half-up = 199.9 → 200.
 * @throws RangeError for an invalid discount or a negative base.
 */
export function discountAmount(base: number, discount: Discount, mode: RoundingMode): number {
  assertSafeInteger(base, 'base', 0);
  if (!validateDiscount(discount).ok) throw new RangeError(`Invalid discount: ${JSON.stringify(discount)}`);
  const raw =
    discount.kind === 'percent'
      ? roundDiv(BigInt(base) * BigInt(discount.basisPoints), BigInt(BASIS_POINTS), mode)
      : discount.amount;
  return Math.min(raw, base);
}
