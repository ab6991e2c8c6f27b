import type { Kysely } from 'kysely';

/** Completed sales with their lines and tenders. Rows are never updated after insert. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sales')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('receipt_no', 'text', (col) => col.notNull())
    .addColumn('receipt_seq', 'bigint', (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('subtotal', 'bigint', (col) => col.notNull())
    .addColumn('discount_total', 'bigint', (col) => col.notNull())
    .addColumn('tax_total', 'bigint', (col) => col.notNull())
    .addColumn('net_total', 'bigint', (col) => col.notNull())
    .addColumn('total', 'bigint', (col) => col.notNull())
    .addColumn('cash_rounding', 'bigint', (col) => col.notNull())
    .addColumn('due_after_rounding', 'bigint', (col) => col.notNull())
    .addColumn('paid_total', 'bigint', (col) => col.notNull())
    .addColumn('change_total', 'bigint', (col) => col.notNull())
    .addColumn('ticket_discount_json', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('recorded_at', 'bigint', (col) => col.notNull())
    .addColumn('business_date', 'text', (col) => col.notNull())
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .addColumn('line_count', 'integer', (col) => col.notNull())
    .addUniqueConstraint('sales_receipt_no_unique', ['receipt_no'])
    .execute();
  await db.schema
    .createIndex('sales_store_created_idx')
    .on('sales')
    .columns(['store_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('sales_store_business_date_idx')
    .on('sales')
    .columns(['store_id', 'business_date'])
    .execute();

  // product_id carries no foreign key: a sale rung up offline is a fact and is recorded as sold,
  // with the product's sku, name and unit snapshotted beside it.
  await db.schema
    .createTable('sale_lines')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('sale_id', 'text', (col) => col.notNull().references('sales.id').onDelete('cascade'))
    .addColumn('line_no', 'integer', (col) => col.notNull())
    .addColumn('product_id', 'text', (col) => col.notNull())
    .addColumn('sku', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('barcode', 'text')
    .addColumn('quantity', 'bigint', (col) => col.notNull())
    .addColumn('unit_price', 'bigint', (col) => col.notNull())
    .addColumn('gross', 'bigint', (col) => col.notNull())
    .addColumn('line_discount', 'bigint', (col) => col.notNull())
    .addColumn('ticket_discount', 'bigint', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('net', 'bigint', (col) => col.notNull())
    .addColumn('tax', 'bigint', (col) => col.notNull())
    .addColumn('tax_rate_ppm', 'integer', (col) => col.notNull())
    .addColumn('unit_cost', 'bigint')
    .addColumn('discount_json', 'text')
    .execute();
  await db.schema.createIndex('sale_lines_sale_idx').on('sale_lines').column('sale_id').execute();

  await db.schema
    .createTable('sale_tenders')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('sale_id', 'text', (col) => col.notNull().references('sales.id').onDelete('cascade'))
    .addColumn('tender_no', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('tendered', 'bigint', (col) => col.notNull())
    .addColumn('reference', 'text')
    .addColumn('brand', 'text')
    .addColumn('last4', 'text')
    .execute();
  await db.schema.createIndex('sale_tenders_sale_idx').on('sale_tenders').column('sale_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['sale_tenders', 'sale_lines', 'sales']) {
    await db.schema.dropTable(table).execute();
  }
}
