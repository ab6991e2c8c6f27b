import type { Kysely } from 'kysely';

/** Automatic shift handover (自动交班): the store-local times ('HH:MM', JSON list) a register's shift is handed over. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('registers')
    .addColumn('handover_times_json', 'text', (col) => col.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('registers').dropColumn('handover_times_json').execute();
}
