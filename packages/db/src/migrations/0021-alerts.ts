import type { Kysely } from 'kysely';

/**
 * Alerts for the owner to review: things that happened and were recorded anyway, such as a sale
 * made offline at an outdated price, stock gone negative, or a discount nobody approved. A fact is
 * never refused for a business rule; it is recorded and raised here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('ref_id', 'text')
    .addColumn('details_json', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('read_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('alerts_store_created')
    .on('alerts')
    .columns(['store_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('alerts').execute();
}
