import type { Kysely } from 'kysely';

/**
 * Training mode: a register can be switched to training; its sales are marked, numbered apart
 * (`…-T000001`), and left out of stock, shifts and reports, but journaled as training sales.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('registers')
    .addColumn('training', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('registers')
    .addColumn('next_training_seq', 'bigint', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('sales')
    .addColumn('training', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sales').dropColumn('training').execute();
  await db.schema.alterTable('registers').dropColumn('next_training_seq').execute();
  await db.schema.alterTable('registers').dropColumn('training').execute();
}
