import type { Kysely } from 'kysely';

/**
 * Voids before payment: a line removed from a ticket, or a whole ticket abandoned. Recorded, never
 * silently deleted, per shift (the shift report counts them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('voids')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('ticket_id', 'text', (col) => col.notNull())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('shift_id', 'text', (col) => col.notNull().references('shifts.id'))
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('line_count', 'integer', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('lines_json', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('voids_shift_idx').on('voids').column('shift_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('voids').execute();
}
