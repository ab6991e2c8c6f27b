import { BASIS_POINTS, type Discount, err, ok, parseMoney, Quantity, type Result } from '@kassa/core';

/** What the cashier typed in a discount field. */
export type DiscountDraft = { readonly kind: 'percent' | 'amount'; readonly text: string };

/** Why a typed discount is refused: each is a key under `register.discount.errors`. */
export type DiscountDraftError = 'notANumber' | 'tooPrecise' | 'tooLarge';

/**
 * Parses a typed discount: percent off ('10' → 10%, '12.5' → 12.5%, to 0.01%) or an amount in the
 * store currency ('5' → ¥5.00), both exactly (no floats). Empty or zero clears the discount
 * (`undefined`). The core clamps an amount larger than the line.
 */
export function parseDiscount(
  draft: DiscountDraft,
  currency: string,
): Result<Discount | undefined, DiscountDraftError> {
  if (draft.text.trim() === '') return ok(undefined);
  if (draft.kind === 'percent') {
    // Thousandths of a percent: 12.5 → 12500; basis points are hundredths of a percent.
    const parsed = Quantity.parse(draft.text.replace(/[%％]\s*$/, ''));
    if (!parsed.ok) return err(parsed.error.code === 'too_precise' ? 'tooPrecise' : 'notANumber');
    if (parsed.value % 10 !== 0) return err('tooPrecise');
    const basisPoints = parsed.value / 10;
    if (basisPoints > BASIS_POINTS) return err('tooLarge');
    return ok(basisPoints === 0 ? undefined : { kind: 'percent', basisPoints });
  }
  const parsed = parseMoney(draft.text, currency);
  if (!parsed.ok) return err(parsed.error.code === 'too_many_decimals' ? 'tooPrecise' : 'notANumber');
  if (parsed.value.amount < 0) return err('notANumber');
  return ok(parsed.value.amount === 0 ? undefined : { kind: 'amount', amount: parsed.value.amount });
}

/** The draft that shows an existing discount for editing. */
export function discountDraft(
  discount: Discount | undefined,
  formatAmount: (amount: number) => string,
): DiscountDraft {
  if (!discount) return { kind: 'percent', text: '' };
  if (discount.kind === 'amount') return { kind: 'amount', text: formatAmount(discount.amount) };
  const whole = Math.trunc(discount.basisPoints / 100);
  const fraction = String(discount.basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return { kind: 'percent', text: fraction ? `${whole}.${fraction}` : String(whole) };
}
