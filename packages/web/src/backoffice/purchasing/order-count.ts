import type { Product, PurchaseOrder } from '@kassa/api';
import { formatDecimal, parseMoney, Quantity, type Unit } from '@kassa/core';
import { addToText, thousandthsText } from '../stock/quantity-text';

/**
 * One product of a delivery counted against a purchase order: what was ordered and received before
 * (thousandths), what the clerk counts now (text, empty until counted) and at what cost.
 */
export type CountLine = {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unit: Unit;
  readonly ordered: number;
  readonly received: number;
  readonly count: string;
  readonly cost: string;
};

/** A count line read: null where the text is bad; a quantity of 0 is a line not counted. */
export type ReadCount = { readonly quantity: number | null; readonly unitCost: number | null };

/** What is still to come of a line (never below nothing: extra goods are not owed back). */
export function remaining(line: Pick<CountLine, 'ordered' | 'received'>): number {
  return Math.max(0, line.ordered - line.received);
}

/**
 * The order's lines to count, each starting uncounted: the clerk counts what came (a scan adds one)
 * instead of confirming a number the screen already shows.
 */
export function countLinesFromOrder(order: PurchaseOrder, currency: string): CountLine[] {
  return order.lines.map((line) => ({
    productId: line.productId,
    sku: line.sku,
    name: line.name,
    unit: line.unit,
    ordered: line.quantity,
    received: line.received,
    count: '',
    cost: formatDecimal(line.unitCost, currency),
  }));
}

/**
 * A scan or a pick adds `quantity` to the product's line; a product not on the order gets a line of
 * its own at its cost (ordered 0), which the server refuses unless the extra goods are accepted.
 */
export function addToCount(
  lines: readonly CountLine[],
  product: Product,
  quantity: number,
  currency: string,
): CountLine[] {
  const at = lines.findIndex((line) => line.productId === product.id);
  if (at === -1) {
    return [
      ...lines,
      {
        productId: product.id,
        sku: product.sku,
        name: product.name,
        unit: product.unit,
        ordered: 0,
        received: 0,
        count: thousandthsText(quantity),
        cost: product.cost === null ? '' : formatDecimal(product.cost, currency),
      },
    ];
  }
  return lines.map((line, i) => (i === at ? { ...line, count: addToText(line.count, quantity) } : line));
}

/** Reads a count line: an empty count is 0 (not delivered this time). */
export function readCount(line: CountLine, currency: string): ReadCount {
  const counted = line.count.trim() === '' ? ({ ok: true, value: 0 } as const) : Quantity.parse(line.count);
  const cost = parseMoney(line.cost, currency);
  return {
    quantity: counted.ok ? counted.value : null,
    unitCost: cost.ok && cost.value.amount >= 0 ? cost.value.amount : null,
  };
}

/** The receipt's lines (the counted ones), or null while one is unreadable or nothing is counted. */
export function receiptLines(
  lines: readonly CountLine[],
  currency: string,
): { productId: string; quantity: number; unitCost: number }[] | null {
  const out: { productId: string; quantity: number; unitCost: number }[] = [];
  for (const line of lines) {
    const { quantity, unitCost } = readCount(line, currency);
    if (quantity === null) return null;
    if (quantity === 0) continue;
    if (unitCost === null) return null;
    out.push({ productId: line.productId, quantity, unitCost });
  }
  return out.length > 0 ? out : null;
}
