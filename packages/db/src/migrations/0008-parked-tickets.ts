import type { Kysely } from 'kysely';

/** Tickets parked (挂单) at a register, to be resumed there or at another register of the store. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('parked_tickets')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('parked_at', 'bigint', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('total', 'bigint', (col) => col.notNull())
    .addColumn('ticket_json', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('parked_tickets_store_idx')
    .on('parked_tickets')
    .columns(['store_id', 'parked_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('parked_tickets').execute();
}
