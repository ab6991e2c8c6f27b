import type { LevelAfter } from '@kassa/db';
import type { RuleBreach } from './rule-breaches';

/** An alert a recorded sale raises, before it is given its id, store, sale and time. */
export type SaleAlert = { readonly kind: string; readonly details: Record<string, unknown> };

/** A product whose stock this sale took across a line, and where it stands now. */
export type StockCrossing = {
  readonly productId: string;
  readonly name: string;
  /** Thousandths, after the sale. */
  readonly onHand: number;
};

/** A product this sale took below its reorder point. */
export type LowStock = StockCrossing & { readonly reorderPoint: number };

/** The products a sale's stock movements took below zero, and below their reorder point. */
export type StockCrossings = {
  readonly negative: readonly StockCrossing[];
  readonly low: readonly LowStock[];
};

/**
 * The lines a sale's stock movements crossed (`levels`: on hand after the movements and the reorder
 * point, by product; `nameOf`: a product's name on the sale, asked only for a crossing): from zero
 * or more to below zero, and from at or above the reorder point to below it. Each crossing is
 * raised by the one sale that made it: the levels come from the upsert that moved them, under the
 * row's lock, so a product already below before the sale alerted then (once per crossing, not once
 * per sale).
 */
export function stockCrossings(
  movements: readonly { readonly productId: string; readonly quantity: number }[],
  levels: ReadonlyMap<string, Pick<LevelAfter, 'onHand' | 'reorderPoint'>>,
  nameOf: (productId: string) => string,
): StockCrossings {
  const moved = new Map<string, number>();
  for (const m of movements) moved.set(m.productId, (moved.get(m.productId) ?? 0) + m.quantity);
  const negative: StockCrossing[] = [];
  const low: LowStock[] = [];
  for (const [productId, quantity] of moved) {
    const level = levels.get(productId);
    if (level === undefined) continue;
    const { onHand, reorderPoint } = level;
    const before = onHand - quantity;
    const wentNegative = onHand < 0 && before >= 0;
    if (wentNegative) negative.push({ productId, name: nameOf(productId), onHand });
    // Below a reorder point of 0 is below zero: the negative-stock alert says it once.
    const belowZeroPoint = wentNegative && reorderPoint !== null && reorderPoint <= 0;
    if (reorderPoint !== null && onHand < reorderPoint && before >= reorderPoint && !belowZeroPoint)
      low.push({ productId, name: nameOf(productId), onHand, reorderPoint });
  }
  return { negative, low };
}

/**
 * What the owner should look at after a sale was recorded: each business rule it broke (only a
 * sale from a register's outbox is recorded despite them), a receipt renumbered because another
 * sale had its number, stock it took below zero, and stock it took below the reorder point.
 */
export function saleAlerts(
  breaches: readonly RuleBreach[],
  renumberedFrom: string | undefined,
  stock: StockCrossings,
): SaleAlert[] {
  return [
    ...breaches.map((breach) => ({ kind: breach.code, details: { ...breach.details } })),
    ...(renumberedFrom === undefined
      ? []
      : [{ kind: 'receipt_renumbered', details: { printed: renumberedFrom } }]),
    ...stock.negative.map((n) => ({
      kind: 'negative_stock',
      details: { productId: n.productId, name: n.name, onHand: n.onHand },
    })),
    ...stock.low.map((l) => ({
      kind: 'low_stock',
      details: { productId: l.productId, name: l.name, onHand: l.onHand, reorderPoint: l.reorderPoint },
    })),
  ];
}
