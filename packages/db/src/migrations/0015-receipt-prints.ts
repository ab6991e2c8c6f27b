import type { Kysely } from 'kysely';

/** How often a sale's receipt went to a printer: the server, not the caller, tells a copy apart. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sales')
    .addColumn('receipt_prints', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sales').dropColumn('receipt_prints').execute();
}
