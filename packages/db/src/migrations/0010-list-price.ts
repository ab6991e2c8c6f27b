import type { Kysely } from 'kysely';

/** A sale line whose price the cashier overrode (改价) keeps the catalogue price it replaced. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sale_lines').addColumn('list_price', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sale_lines').dropColumn('list_price').execute();
}
