import type { Kysely } from 'kysely';

/** Stock on hand per store and the movement ledger it is kept in step with. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock_levels')
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('on_hand', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('stock_levels_pkey', ['store_id', 'product_id'])
    .execute();

  await db.schema
    .createTable('stock_movements')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('quantity', 'bigint', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('ref_id', 'text')
    .addColumn('unit_cost', 'bigint')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('staff_id', 'text')
    .execute();
  await db.schema
    .createIndex('stock_movements_store_product_idx')
    .on('stock_movements')
    .columns(['store_id', 'product_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stock_movements').execute();
  await db.schema.dropTable('stock_levels').execute();
}
