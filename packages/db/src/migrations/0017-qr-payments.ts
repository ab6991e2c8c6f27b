import type { Kysely } from 'kysely';

/**
 * QR payments (扫码付) and where each stands with the gateway. A row exists before the gateway is
 * first called, so a restarted server finishes what it started (see core `qr-payment`); `sale_id`
 * is set by the sale that used it (a sale may use several).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('qr_payments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('shift_id', 'text', (col) => col.notNull().references('shifts.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('provider', 'text', (col) => col.notNull())
    .addColumn('code_masked', 'text', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('pay_sent', 'integer', (col) => col.notNull())
    .addColumn('deadline', 'bigint', (col) => col.notNull())
    .addColumn('next_at', 'bigint', (col) => col.notNull())
    .addColumn('unknown_count', 'integer', (col) => col.notNull())
    .addColumn('transaction_id', 'text')
    .addColumn('failure_code', 'text')
    .addColumn('failure_message', 'text')
    .addColumn('sale_id', 'text', (col) => col.references('sales.id'))
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('qr_payments_sale_idx').on('qr_payments').column('sale_id').execute();
  await db.schema.createIndex('qr_payments_status_idx').on('qr_payments').column('status').execute();
  await db.schema
    .createIndex('qr_payments_register_idx')
    .on('qr_payments')
    .columns(['register_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('qr_payments').execute();
}
