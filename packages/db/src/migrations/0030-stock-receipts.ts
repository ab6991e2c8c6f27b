import type { Kysely } from 'kysely';

/**
 * Stock receipts (收货入库): goods received at a location, from a supplier named in words until
 * suppliers are kept, with the delivery note's number. Each line is booked as a `receipt` movement
 * at its unit cost and moves the product's cost by moving average; the line keeps the cost before
 * and after. `request_hash` makes a repeated request with the same id answer the first result.
 * `stock_levels_product_idx`: a product's levels everywhere, which the moving average is over
 * (and its reorder points); it costs a sale nothing, as a sale changes on hand, never a level's
 * product.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock_receipts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('stock_locations.id'))
    .addColumn('supplier', 'text', (col) => col.notNull())
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('stock_receipts_store_created_idx')
    .on('stock_receipts')
    .columns(['store_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('stock_receipt_lines')
    .addColumn('receipt_id', 'text', (col) => col.notNull().references('stock_receipts.id'))
    .addColumn('line_no', 'integer', (col) => col.notNull())
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('quantity', 'bigint', (col) => col.notNull())
    .addColumn('unit_cost', 'bigint', (col) => col.notNull())
    .addColumn('cost_before', 'bigint')
    .addColumn('cost_after', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('stock_receipt_lines_pkey', ['receipt_id', 'line_no'])
    .execute();
  await db.schema.createIndex('stock_levels_product_idx').on('stock_levels').column('product_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('stock_levels_product_idx').execute();
  await db.schema.dropTable('stock_receipt_lines').execute();
  await db.schema.dropTable('stock_receipts').execute();
}
