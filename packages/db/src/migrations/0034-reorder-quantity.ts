import type { Kysely } from 'kysely';

/**
 * Reorder quantity (补货量) per product × location (issue 6 part 6): how much to order when stock
 * falls to the reorder point; null lets the sales forecast say. Kept on the level row beside the
 * reorder point; a sale never writes it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stock_levels').addColumn('reorder_quantity', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stock_levels').dropColumn('reorder_quantity').execute();
}
