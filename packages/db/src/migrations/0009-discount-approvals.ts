import type { Kysely } from 'kysely';

/** A manager's on-the-spot approval of one discount beyond a cashier's limit; used once. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('discount_approvals')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('requested_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('approved_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('basis_points', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .addColumn('used_by_sale', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('discount_approvals').execute();
}
