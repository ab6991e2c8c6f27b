import type { Kysely } from 'kysely';

/** Open-price products (开放价格): the cashier types the price at the register (permission). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('products')
    .addColumn('open_price', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('products').dropColumn('open_price').execute();
}
