import type { Kysely } from 'kysely';

/**
 * Suppliers and purchase orders (issue 6, part 3).
 * - `suppliers`: shared by the merchant's stores; names unique.
 * - `supplier_products`: what a supplier sells of a product, at what cost per unit and in what
 *   pack (thousandths of the unit); read by supplier, and by product for reorder suggestions.
 * - `purchase_orders`: per store, numbered from 1 per store through `counters`
 *   (`purchase_order:<store id>`); `request_hash` makes a repeated create answer the first draft.
 * - `purchase_order_lines`: one per product; `received` counts what receipts booked against it,
 *   kept in the receipt's transaction (above `quantity` when more came; `quantity` 0 for a product
 *   that came without being ordered).
 * - `stock_receipts` say which kept supplier delivered and against which order, when they do.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('suppliers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('contact', 'text', (col) => col.notNull())
    .addColumn('phone', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('lead_time_days', 'integer', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('active', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('suppliers_name_unique', ['name'])
    .execute();
  await db.schema
    .createTable('supplier_products')
    .addColumn('supplier_id', 'text', (col) => col.notNull().references('suppliers.id'))
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('supplier_sku', 'text', (col) => col.notNull())
    .addColumn('unit_cost', 'bigint', (col) => col.notNull())
    .addColumn('pack_size', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('supplier_products_pkey', ['supplier_id', 'product_id'])
    .execute();
  await db.schema
    .createIndex('supplier_products_product_idx')
    .on('supplier_products')
    .column('product_id')
    .execute();
  await db.schema
    .createTable('purchase_orders')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('supplier_id', 'text', (col) => col.notNull().references('suppliers.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('stock_locations.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('expected_on', 'text')
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('sent_at', 'bigint')
    .addColumn('closed_at', 'bigint')
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .addUniqueConstraint('purchase_orders_number_unique', ['store_id', 'number'])
    .execute();
  await db.schema
    .createIndex('purchase_orders_store_created_idx')
    .on('purchase_orders')
    .columns(['store_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('purchase_order_lines')
    .addColumn('order_id', 'text', (col) => col.notNull().references('purchase_orders.id'))
    .addColumn('line_no', 'integer', (col) => col.notNull())
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('quantity', 'bigint', (col) => col.notNull())
    .addColumn('unit_cost', 'bigint', (col) => col.notNull())
    .addColumn('pack_size', 'bigint', (col) => col.notNull())
    .addColumn('received', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('purchase_order_lines_pkey', ['order_id', 'line_no'])
    .addUniqueConstraint('purchase_order_lines_product_unique', ['order_id', 'product_id'])
    .execute();
  await db.schema
    .alterTable('stock_receipts')
    .addColumn('supplier_id', 'text', (col) => col.references('suppliers.id'))
    .execute();
  await db.schema
    .alterTable('stock_receipts')
    .addColumn('purchase_order_id', 'text', (col) => col.references('purchase_orders.id'))
    .execute();
  await db.schema
    .createIndex('stock_receipts_purchase_order_idx')
    .on('stock_receipts')
    .column('purchase_order_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('stock_receipts_purchase_order_idx').execute();
  await db.schema.alterTable('stock_receipts').dropColumn('purchase_order_id').execute();
  await db.schema.alterTable('stock_receipts').dropColumn('supplier_id').execute();
  await db.schema.dropTable('purchase_order_lines').execute();
  await db.schema.dropTable('purchase_orders').execute();
  await db.schema.dropTable('supplier_products').execute();
  await db.schema.dropTable('suppliers').execute();
}
