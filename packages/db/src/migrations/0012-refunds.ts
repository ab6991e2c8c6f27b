import type { Kysely } from 'kysely';

/** Refunds (退货) of a sale by line and quantity, back to its tenders; never edited. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('refunds')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('sale_id', 'text', (col) => col.notNull().references('sales.id'))
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('shift_id', 'text', (col) => col.notNull().references('shifts.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('total', 'bigint', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('refunds_sale_idx').on('refunds').column('sale_id').execute();
  await db.schema.createIndex('refunds_shift_idx').on('refunds').column('shift_id').execute();
  await db.schema
    .createTable('refund_lines')
    .addColumn('refund_id', 'text', (col) => col.notNull().references('refunds.id'))
    .addColumn('sale_line_id', 'text', (col) => col.notNull().references('sale_lines.id'))
    .addColumn('quantity', 'bigint', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('damaged', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('refund_lines_pkey', ['refund_id', 'sale_line_id'])
    .execute();
  await db.schema
    .createTable('refund_tenders')
    .addColumn('refund_id', 'text', (col) => col.notNull().references('refunds.id'))
    .addColumn('tender_no', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('refund_tenders_pkey', ['refund_id', 'tender_no'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['refund_tenders', 'refund_lines', 'refunds'])
    await db.schema.dropTable(table).execute();
}
