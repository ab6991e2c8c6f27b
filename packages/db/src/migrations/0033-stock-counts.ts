import { type Kysely, sql } from 'kysely';

/**
 * Stock counts (盘点, issue 6 part 4).
 * - `stock_counts`: a location counted, all of it or one category, numbered across the merchant
 *   through `counters` (`stock_count`); at most one `counting` per location (partial unique index).
 * - `stock_count_lines`: per product, what the system held when it was first counted (the
 *   snapshot a sale during the count does not disturb), and once posted the difference booked.
 * - `stock_count_tallies`: each counter's whole quantity of a product; they add up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock_counts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('number', 'integer', (col) => col.notNull().unique())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('stock_locations.id'))
    .addColumn('category_id', 'text', (col) => col.references('categories.id'))
    .addColumn('blind', 'integer', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('started_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('started_at', 'bigint', (col) => col.notNull())
    .addColumn('posted_by', 'text', (col) => col.references('staff.id'))
    .addColumn('posted_at', 'bigint')
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('stock_counts_store_idx')
    .on('stock_counts')
    .columns(['store_id', 'number'])
    .execute();
  await db.schema
    .createIndex('stock_counts_one_open_per_location')
    .on('stock_counts')
    .column('location_id')
    .unique()
    .where(sql.ref('status'), '=', sql.lit('counting'))
    .execute();
  await db.schema
    .createTable('stock_count_lines')
    .addColumn('count_id', 'text', (col) => col.notNull().references('stock_counts.id'))
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('expected', 'bigint', (col) => col.notNull())
    .addColumn('snapshot_at', 'bigint', (col) => col.notNull())
    .addColumn('posted', 'bigint')
    .addPrimaryKeyConstraint('stock_count_lines_pkey', ['count_id', 'product_id'])
    .execute();
  await db.schema
    .createTable('stock_count_tallies')
    .addColumn('count_id', 'text', (col) => col.notNull().references('stock_counts.id'))
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('quantity', 'bigint', (col) => col.notNull())
    .addColumn('counted_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('stock_count_tallies_pkey', ['count_id', 'product_id', 'staff_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stock_count_tallies').execute();
  await db.schema.dropTable('stock_count_lines').execute();
  await db.schema.dropTable('stock_counts').execute();
}
