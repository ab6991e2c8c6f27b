import type { RetailFileLine } from './online-retail';

/** What a stock code of the file stands for: goods, or a money line the old system kept as a code. */
export type RetailProductKind = 'goods' | 'postage' | 'fee' | 'voucher' | 'manual' | 'discount' | 'samples';

/** A product of the file. */
export type RetailProduct = {
  readonly sku: string;
  readonly name: string;
  /** Minor units: the price its lines show most often (see {@link retailProducts}). */
  readonly price: number;
  readonly kind: RetailProductKind;
};

/**
 * The codes that are no goods (README of the data): postage (POST, DOT for the web shop's, C2
 * carriage), fees charged to the shop (AMAZONFEE, BANK CHARGES), manual lines (M), discounts (D),
 * samples (S); gift vouchers are `gift_0001_<pounds>`.
 */
const SERVICE_KINDS: Readonly<Record<string, RetailProductKind>> = {
  POST: 'postage',
  DOT: 'postage',
  C2: 'postage',
  AMAZONFEE: 'fee',
  'BANK-CHARGES': 'fee',
  M: 'manual',
  D: 'discount',
  S: 'samples',
};

/** The kind of the product with this SKU (as `skuOf` makes it). */
export function retailProductKind(sku: string): RetailProductKind {
  return SERVICE_KINDS[sku] ?? (sku.startsWith('GIFT_') ? 'voucher' : 'goods');
}

/** Counts of values, remembering where each was last seen. */
class Tally<T> {
  readonly #seen = new Map<T, { count: number; last: number }>();
  #order = 0;

  add(value: T): void {
    const entry = this.#seen.get(value) ?? { count: 0, last: 0 };
    this.#seen.set(value, { count: entry.count + 1, last: this.#order++ });
  }

  /** The most frequent value, the latest seen on a tie; undefined when nothing was added. */
  top(): T | undefined {
    let best: { value: T; count: number; last: number } | undefined;
    for (const [value, entry] of this.#seen) {
      if (!best || entry.count > best.count || (entry.count === best.count && entry.last > best.last)) {
        best = { value, ...entry };
      }
    }
    return best?.value;
  }
}

/**
 * Every SKU the lines name, sorted. A product is named by the description its sale and cancellation
 * lines give most often (trimmed; the latest on a tie), else by its SKU: an adjustment's description
 * is a note ('damages', '?'), no name. It is priced at the positive price of its sale lines seen most
 * often (the latest on a tie), else of its cancellations, else 0: for goods that is the shelf
 * price, other prices on their lines being the price actually charged that time.
 */
export function retailProducts(lines: readonly RetailFileLine[]): RetailProduct[] {
  const tallies = new Map<string, { names: Tally<string>; sold: Tally<number>; cancelled: Tally<number> }>();
  for (const line of lines) {
    let tally = tallies.get(line.sku);
    if (!tally) {
      tally = { names: new Tally(), sold: new Tally(), cancelled: new Tally() };
      tallies.set(line.sku, tally);
    }
    if (line.kind === 'adjustment') continue;
    // Control characters would be refused as a name; a name is one line of text.
    const name = line.description.replace(/\p{Cc}+/gu, ' ').trim();
    if (name !== '') tally.names.add(name.slice(0, 200));
    if (line.unitPrice > 0) (line.kind === 'sale' ? tally.sold : tally.cancelled).add(line.unitPrice);
  }
  return [...tallies]
    .map(([sku, tally]) => ({
      sku,
      name: tally.names.top() ?? sku,
      price: tally.sold.top() ?? tally.cancelled.top() ?? 0,
      kind: retailProductKind(sku),
    }))
    .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}
