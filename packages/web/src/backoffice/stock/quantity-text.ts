import { Quantity } from '@kassa/core';

/** Thousandths as the plain decimal text a quantity field holds: 24000 → '24', 350 → '0.35'. */
export function thousandthsText(value: number): string {
  return String(value / Quantity.ONE);
}

/**
 * A typed quantity in thousandths, or null when it does not read; `emptyAs` is what an empty field
 * means (null: it must be filled in).
 */
export function readQuantity(text: string, emptyAs: number | null = null): number | null {
  if (text.trim() === '') return emptyAs;
  const parsed = Quantity.parse(text);
  return parsed.ok ? parsed.value : null;
}

/**
 * A scan or a pick adds `quantity` to what a field holds (empty counts as none); a text that does
 * not read is left for the user to fix, not overwritten.
 */
export function addToText(text: string, quantity: number): string {
  const current = readQuantity(text, 0);
  return current === null ? text : thousandthsText(current + quantity);
}
