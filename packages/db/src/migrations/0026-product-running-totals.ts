import type { Kysely } from 'kysely';

/** The measure columns as they shipped (0027 copies the table). */
export const runningTotalMeasures = [
  'sales',
  'items',
  'gross',
  'discounts',
  'net',
  'tax',
  'cost',
  'uncosted',
  'rounding',
  'paid',
  'refunds',
  'refunded',
  'refund_tax',
  'refund_cost',
  'refund_items',
  'refund_uncosted',
  'refund_rounding',
  'voids',
  'voided',
  'no_sales',
];

/**
 * Running totals of the product rollups (ADR 0013), so a by-product report over a year reads two
 * rows per product instead of one per product and day:
 * - `product_running_totals`: per store, product and business date that has a product rollup row,
 *   the sums of that product's rows up to and including the date. Keyed product first, so "the
 *   latest row before a date" is one index seek per product.
 * - `product_running_marks`: per store, the first business date whose running totals are not kept
 *   (yet, or any more: a fact on an earlier date moves it back). Rows before it are exact.
 * Both are created empty: the server fills them from the rollups (a schedule, and on start). The
 * measure list is frozen here as it shipped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('product_running_totals')
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('product_id', 'text', (col) => col.notNull())
    .addColumn('business_date', 'text', (col) => col.notNull());
  for (const measure of runningTotalMeasures) {
    table = table.addColumn(measure, 'bigint', (col) => col.notNull().defaultTo(0));
  }
  await table
    .addPrimaryKeyConstraint('product_running_totals_pkey', ['store_id', 'product_id', 'business_date'])
    .execute();
  await db.schema
    .createTable('product_running_marks')
    .addColumn('store_id', 'text', (col) => col.primaryKey().references('stores.id'))
    .addColumn('valid_before', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('product_running_marks').execute();
  await db.schema.dropTable('product_running_totals').execute();
}
