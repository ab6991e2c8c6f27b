/**
 * The measures a rollup row adds up (see migrations 0023 and 0024 and docs/glossary.md, "Rollup").
 * Money is in minor units, quantities in thousandths; all are sums, so any range of rows adds up.
 */
export const ROLLUP_MEASURES = [
  /** Completed sales (for a product: sales that had it; for a tender: sales paid with it). */
  'sales',
  /** Quantity sold. */
  'items',
  /** Before discounts. */
  'gross',
  /** Line and ticket discounts. */
  'discounts',
  /** After discounts, without tax. */
  'net',
  'tax',
  /** Cost of what was sold, of the lines whose cost was known. */
  'cost',
  /** `net` of the lines sold without a known cost (margin cannot cover them). */
  'uncosted',
  /** Signed cash rounding (抹零) of the sales. */
  'rounding',
  /** Money taken: what the sales were paid after cash rounding (for a tender: what it paid). */
  'paid',
  /** Refunds and returns without a receipt. */
  'refunds',
  'refunded',
  'refund_tax',
  'refund_cost',
  'refund_items',
  /** Refunded `net` (without tax and cash rounding) of lines sold without a known cost. */
  'refund_uncosted',
  /**
   * The sales' signed cash rounding given back inside `refunded` (a refund gives back what was paid
   * after rounding): each line's share telescoped over its refunds, so a sale refunded in full gives
   * back exactly its `rounding` (migration 0024).
   */
  'refund_rounding',
  /** Lines removed and tickets abandoned before payment. */
  'voids',
  'voided',
  /** Drawer openings without a sale. */
  'no_sales',
] as const;

export type RollupMeasure = (typeof ROLLUP_MEASURES)[number];

export type RollupMeasures = Record<RollupMeasure, number>;

/**
 * What a rollup row groups by, besides store and business date. `total` has the one key ''; `hour`
 * has the store-local hour '00'…'23'; the others key by an id, a tender kind or a tax rate (ppm).
 */
export const ROLLUP_DIMENSIONS = [
  'total',
  'hour',
  'product',
  'staff',
  'register',
  'tender',
  'tax_rate',
] as const;

export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/** All measures at zero. */
export function zeroMeasures(): RollupMeasures {
  return Object.fromEntries(ROLLUP_MEASURES.map((measure) => [measure, 0])) as RollupMeasures;
}
