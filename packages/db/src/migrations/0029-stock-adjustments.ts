import type { Kysely } from 'kysely';

/**
 * Stock adjustments (库存调整): a write-off (报损) or a correction of a location's stock, made by hand
 * with a reason. The header says who, where, why and when; each line a product and its signed
 * quantity, booked as a stock movement (reason `write_off` or `adjustment`, `ref_id` the
 * adjustment). `request_hash` makes a repeated request with the same id answer the first result.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock_adjustments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('stock_locations.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('stock_adjustments_store_created_idx')
    .on('stock_adjustments')
    .columns(['store_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('stock_adjustment_lines')
    .addColumn('adjustment_id', 'text', (col) => col.notNull().references('stock_adjustments.id'))
    .addColumn('line_no', 'integer', (col) => col.notNull())
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('quantity', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('stock_adjustment_lines_pkey', ['adjustment_id', 'line_no'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stock_adjustment_lines').execute();
  await db.schema.dropTable('stock_adjustments').execute();
}
