import type { Kysely } from 'kysely';

/**
 * A register's favourites grid (常用商品): its keys in order, each a product with an optional short
 * label and colour. The whole grid is replaced at once, so rows are keyed by position; a product
 * has at most one key per register.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('register_quick_keys')
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('label', 'text')
    .addColumn('color', 'text')
    .addPrimaryKeyConstraint('register_quick_keys_pkey', ['register_id', 'position'])
    .addUniqueConstraint('register_quick_keys_product_unique', ['register_id', 'product_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('register_quick_keys').execute();
}
