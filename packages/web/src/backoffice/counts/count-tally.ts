import type { Product, StockCount } from '@kassa/api';
import type { Unit } from '@kassa/core';
import { addToText, readQuantity, thousandthsText } from '../stock/quantity-text';

/**
 * One product as this counter counts it: the quantity as typed or scanned, and what the server holds
 * as this counter's tally of it (null: nothing yet). They differ until it is sent.
 */
export type Tally = {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unit: Unit;
  readonly text: string;
  readonly sent: number | null;
};

/** A tally entry as the API takes it: the whole quantity this counter found. */
export type TallyEntry = { readonly productId: string; readonly quantity: number };

/** True while the tally is not on the server as shown (an unreadable one counts too). */
export function isUnsent(tally: Tally): boolean {
  const quantity = readQuantity(tally.text);
  return quantity === null || quantity !== tally.sent;
}

/**
 * A scan (or a pick) adds `quantity` to the product's tally, which moves to the top, where the
 * counter looks; a product not counted yet gets a tally of its own.
 */
export function addScan(tallies: readonly Tally[], product: Product, quantity: number): Tally[] {
  const found = tallies.find((tally) => tally.productId === product.id);
  const rest = tallies.filter((tally) => tally.productId !== product.id);
  const tally: Tally = found
    ? { ...found, text: addToText(found.text, quantity) }
    : {
        productId: product.id,
        sku: product.sku,
        name: product.name,
        unit: product.unit,
        text: thousandthsText(quantity),
        sent: null,
      };
  return [tally, ...rest];
}

/** Typing sets the product's tally to what is typed. */
export function setTallyText(tallies: readonly Tally[], productId: string, text: string): Tally[] {
  return tallies.map((tally) => (tally.productId === productId ? { ...tally, text } : tally));
}

/**
 * What to send: each unsent tally that reads, as a whole quantity. Sending one again is harmless —
 * the server replaces this counter's tally rather than adding to it.
 */
export function unsentEntries(tallies: readonly Tally[]): TallyEntry[] {
  return tallies.flatMap((tally) => {
    const quantity = readQuantity(tally.text);
    return quantity !== null && quantity !== tally.sent ? [{ productId: tally.productId, quantity }] : [];
  });
}

/** After the server took `entries`: those are this counter's tallies there now. */
export function markSent(tallies: readonly Tally[], entries: readonly TallyEntry[]): Tally[] {
  const sent = new Map(entries.map((entry) => [entry.productId, entry.quantity]));
  return tallies.map((tally) => {
    const quantity = sent.get(tally.productId);
    return quantity === undefined ? tally : { ...tally, sent: quantity };
  });
}

/**
 * The count as the server now has it, merged in: a tally already sent follows the server (cleared
 * by a recount, it goes, to be counted again); one not sent yet is kept as typed; a tally this
 * counter sent from another device is added.
 */
export function mergeServerTallies(tallies: readonly Tally[], count: StockCount, staffId: string): Tally[] {
  const mine = new Map<string, { line: StockCount['lines'][number]; quantity: number }>();
  for (const line of count.lines) {
    const tally = line.tallies.find((t) => t.staffId === staffId);
    if (tally) mine.set(line.productId, { line, quantity: tally.quantity });
  }
  const merged = tallies.flatMap((tally) => {
    const server = mine.get(tally.productId)?.quantity ?? null;
    if (isUnsent(tally)) return [{ ...tally, sent: server }];
    return server === null ? [] : [{ ...tally, text: thousandthsText(server), sent: server }];
  });
  const known = new Set(tallies.map((tally) => tally.productId));
  for (const [productId, { line, quantity }] of mine) {
    if (known.has(productId)) continue;
    merged.push({
      productId,
      sku: line.sku,
      name: line.name,
      unit: line.unit,
      text: thousandthsText(quantity),
      sent: quantity,
    });
  }
  return merged;
}

/** Tallies kept in the browser (a phone reloaded mid-count), read back; anything malformed is dropped. */
export function readStoredTallies(value: unknown): Tally[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Tally =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.productId === 'string' &&
      typeof item.sku === 'string' &&
      typeof item.name === 'string' &&
      (item.unit === 'piece' || item.unit === 'kg') &&
      typeof item.text === 'string' &&
      (item.sent === null || Number.isSafeInteger(item.sent)),
  );
}
