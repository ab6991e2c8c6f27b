import type { Kysely } from 'kysely';

const measures = [
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
  'voids',
  'voided',
  'no_sales',
];

/**
 * Report rollups (ADR 0009): per store, business date, dimension and key, the sums reports read
 * instead of scanning sale lines. Kept in the transaction of each sale, refund, void and no-sale.
 * Created empty: the server rebuilds them from the facts on start when the `rollups.version`
 * setting is behind (so also right after this migration). The measure list is frozen here as it
 * shipped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('sales_rollups')
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('business_date', 'text', (col) => col.notNull())
    .addColumn('dimension', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull());
  for (const measure of measures) {
    table = table.addColumn(measure, 'bigint', (col) => col.notNull().defaultTo(0));
  }
  // Reports ask for one dimension of some stores over a date range: the key is in that order.
  await table
    .addPrimaryKeyConstraint('sales_rollups_pkey', ['store_id', 'dimension', 'business_date', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sales_rollups').execute();
}
