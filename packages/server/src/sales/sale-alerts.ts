import type { RuleBreach } from './rule-breaches';

/** An alert a recorded sale raises, before it is given its id, store, sale and time. */
export type SaleAlert = { readonly kind: string; readonly details: Record<string, unknown> };

/** A product whose stock this sale took below zero, and where it stands now. */
export type NegativeStock = { readonly productId: string; readonly onHand: number };

/**
 * The products a sale's stock movements took from zero or more to below zero (`levels`: on hand
 * after the movements, by product). Stock already negative before the sale alerted then.
 */
export function wentNegative(
  movements: readonly { readonly productId: string; readonly quantity: number }[],
  levels: ReadonlyMap<string, number>,
): NegativeStock[] {
  const moved = new Map<string, number>();
  for (const m of movements) moved.set(m.productId, (moved.get(m.productId) ?? 0) + m.quantity);
  const negative: NegativeStock[] = [];
  for (const [productId, quantity] of moved) {
    const onHand = levels.get(productId);
    if (onHand !== undefined && onHand < 0 && onHand - quantity >= 0) negative.push({ productId, onHand });
  }
  return negative;
}

/**
 * What the owner should look at after a sale was recorded: each business rule it broke (only a
 * sale from a register's outbox is recorded despite them), a receipt renumbered because another
 * sale had its number, and stock it took below zero.
 */
export function saleAlerts(
  breaches: readonly RuleBreach[],
  renumberedFrom: string | undefined,
  negative: readonly NegativeStock[],
): SaleAlert[] {
  return [
    ...breaches.map((breach) => ({ kind: breach.code, details: { ...breach.details } })),
    ...(renumberedFrom === undefined
      ? []
      : [{ kind: 'receipt_renumbered', details: { printed: renumberedFrom } }]),
    ...negative.map((n) => ({
      kind: 'negative_stock',
      details: { productId: n.productId, onHand: n.onHand },
    })),
  ];
}
