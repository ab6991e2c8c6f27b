import { err, ok, Quantity, type Result, type Unit, validateQuantity } from '@kassa/core';

/** Why a typed quantity is refused: keys under `register.line.errors`. */
export type QuantityDraftError = 'notANumber' | 'tooPrecise' | 'wholePieces' | 'notPositive';

/** Parses a typed quantity for a line: whole pieces, or kg to 3 decimals ('0.35' → 350). */
export function parseLineQuantity(text: string, unit: Unit): Result<number, QuantityDraftError> {
  const parsed = Quantity.parse(text);
  if (!parsed.ok) return err(parsed.error.code === 'too_precise' ? 'tooPrecise' : 'notANumber');
  if (parsed.value <= 0) return err('notPositive');
  if (!validateQuantity(parsed.value, unit).ok) return err('wholePieces');
  return ok(parsed.value);
}

/** A quantity as an editable decimal: (350, 'kg') → '0.350', (2000, 'piece') → '2'. */
export function quantityDraft(quantity: number, unit: Unit): string {
  const whole = Math.trunc(quantity / 1000);
  const fraction = String(quantity % 1000).padStart(3, '0');
  if (unit === 'kg') return `${whole}.${fraction}`;
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${whole}.${trimmed}` : String(whole);
}
