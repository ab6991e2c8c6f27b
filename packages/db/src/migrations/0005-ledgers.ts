import type { Kysely } from 'kysely';

/** The sales journal, the event log and its counter, the audit log and instance settings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('journal_entries')
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('seq', 'bigint', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('ref_id', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('prev_hash', 'text', (col) => col.notNull())
    .addColumn('hash', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('journal_entries_pkey', ['store_id', 'seq'])
    .execute();

  // No autoincrement or sequence: seq comes from the `events` counter row (event-repository.ts).
  await db.schema
    .createTable('events')
    .addColumn('seq', 'bigint', (col) => col.primaryKey())
    .addColumn('store_id', 'text')
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('ref_id', 'text')
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('value', 'bigint', (col) => col.notNull())
    .execute();
  await db
    .withTables<{ counters: { name: string; value: number } }>()
    .insertInto('counters')
    .values({ name: 'events', value: 0 })
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('staff_id', 'text')
    .addColumn('store_id', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['at', 'id']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['settings', 'audit_log', 'counters', 'events', 'journal_entries']) {
    await db.schema.dropTable(table).execute();
  }
}
