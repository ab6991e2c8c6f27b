import type { Product, PurchaseOrder } from '@kassa/api';
import { Quantity } from '@kassa/core';

/** One product to label, its copies as typed. */
export type LabelItem = {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly copies: string;
};

/** The API's bounds: copies of one product, labels in one PDF. */
export const MAX_COPIES = 500;
export const MAX_LABELS = 5000;

/** Typed copies as a count from 1 to 500, or null when the text is not one. */
export function readCopies(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const copies = Number(trimmed);
  return copies >= 1 && copies <= MAX_COPIES ? copies : null;
}

/** Adds a product with one copy, or one copy more when it is listed already (a second scan). */
export function addLabelItem(items: readonly LabelItem[], product: Product): LabelItem[] {
  const listed = items.find((item) => item.productId === product.id);
  if (!listed)
    return [...items, { productId: product.id, sku: product.sku, name: product.name, copies: '1' }];
  const copies = readCopies(listed.copies);
  return items.map((item) =>
    item === listed && copies !== null ? { ...item, copies: String(Math.min(MAX_COPIES, copies + 1)) } : item,
  );
}

/**
 * The goods of a purchase order, a label for each piece that came (each ordered while nothing came
 * yet). Weighed goods get one label: a shelf label per product, not per kilogram.
 */
export function labelItemsFromOrder(order: PurchaseOrder): LabelItem[] {
  return order.lines.map((line) => {
    const pieces = line.received > 0 ? line.received : line.quantity;
    // 2.5 pieces came (a broken case counted by the piece): the half piece still needs a label.
    const copies = line.unit === 'kg' ? 1 : Math.ceil(pieces / Quantity.ONE);
    return {
      productId: line.productId,
      sku: line.sku,
      name: line.name,
      copies: String(Math.min(MAX_COPIES, Math.max(1, copies))),
    };
  });
}

/** The API's items, or null while some copies do not read or there are too many labels. */
export function labelsBodyItems(items: readonly LabelItem[]): { productId: string; copies: number }[] | null {
  const read = items.map((item) => ({ productId: item.productId, copies: readCopies(item.copies) }));
  if (read.length === 0 || read.some((item) => item.copies === null)) return null;
  const body = read as { productId: string; copies: number }[];
  return countLabels(body) > MAX_LABELS ? null : body;
}

/** The labels the items make, counting only the copies that read. */
export function countLabels(items: readonly { readonly copies: number | string }[]): number {
  return items.reduce((sum, item) => {
    const copies = typeof item.copies === 'number' ? item.copies : readCopies(item.copies);
    return sum + (copies ?? 0);
  }, 0);
}
