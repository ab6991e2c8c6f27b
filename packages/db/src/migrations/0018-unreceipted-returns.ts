import type { Kysely } from 'kysely';

/**
 * Returns without a receipt (无小票退货): goods brought back with no sale to refund against, taken
 * back at today's price with a manager's approval, paid out to the store's chosen tender.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('stores')
    .addColumn('unreceipted_return_tender', 'text', (col) => col.notNull().defaultTo('cash'))
    .execute();
  await db.schema
    .createTable('unreceipted_returns')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('shift_id', 'text', (col) => col.notNull().references('shifts.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('approved_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('total', 'bigint', (col) => col.notNull())
    .addColumn('tender_kind', 'text', (col) => col.notNull())
    .addColumn('tender_reference', 'text')
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('unreceipted_returns_shift_idx')
    .on('unreceipted_returns')
    .column('shift_id')
    .execute();
  await db.schema
    .createTable('unreceipted_return_lines')
    .addColumn('return_id', 'text', (col) => col.notNull().references('unreceipted_returns.id'))
    .addColumn('line_no', 'integer', (col) => col.notNull())
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('quantity', 'bigint', (col) => col.notNull())
    .addColumn('unit_price', 'bigint', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('damaged', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('unreceipted_return_lines_pkey', ['return_id', 'line_no'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('unreceipted_return_lines').execute();
  await db.schema.dropTable('unreceipted_returns').execute();
  await db.schema.alterTable('stores').dropColumn('unreceipted_return_tender').execute();
}
