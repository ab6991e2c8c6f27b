import type { Kysely } from 'kysely';

/**
 * Transfers (调拨) between locations of one store or of two (issue 6, part 5).
 * - `stock_transfers`: numbered across the merchant through `counters` (`stock_transfer`); who
 *   requested, approved, shipped and received it, and when. `request_hash` makes a repeated
 *   request answer the first one.
 * - `stock_transfer_lines`: requested, then shipped and received (null until then) per product,
 *   with the cost per unit the goods moved at. Shipping books `transfer_out` movements at the
 *   source, receiving `transfer_in` at the destination; in between the goods are in transit.
 * - Read per store as source or destination, newest first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock_transfers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('number', 'integer', (col) => col.notNull().unique())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('from_store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('from_location_id', 'text', (col) => col.notNull().references('stock_locations.id'))
    .addColumn('to_store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('to_location_id', 'text', (col) => col.notNull().references('stock_locations.id'))
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('requested_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('requested_at', 'bigint', (col) => col.notNull())
    .addColumn('approved_by', 'text', (col) => col.references('staff.id'))
    .addColumn('approved_at', 'bigint')
    .addColumn('shipped_by', 'text', (col) => col.references('staff.id'))
    .addColumn('shipped_at', 'bigint')
    .addColumn('received_by', 'text', (col) => col.references('staff.id'))
    .addColumn('received_at', 'bigint')
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('stock_transfers_from_idx')
    .on('stock_transfers')
    .columns(['from_store_id', 'number'])
    .execute();
  await db.schema
    .createIndex('stock_transfers_to_idx')
    .on('stock_transfers')
    .columns(['to_store_id', 'number'])
    .execute();
  await db.schema
    .createTable('stock_transfer_lines')
    .addColumn('transfer_id', 'text', (col) => col.notNull().references('stock_transfers.id'))
    .addColumn('line_no', 'integer', (col) => col.notNull())
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('requested', 'bigint', (col) => col.notNull())
    .addColumn('shipped', 'bigint')
    .addColumn('received', 'bigint')
    .addColumn('unit_cost', 'bigint')
    .addPrimaryKeyConstraint('stock_transfer_lines_pkey', ['transfer_id', 'line_no'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stock_transfer_lines').execute();
  await db.schema.dropTable('stock_transfers').execute();
}
