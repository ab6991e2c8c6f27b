import type { Kysely } from 'kysely';

/** An approval is for one discount of one ticket: the sale discount (`ticket`) or a line's id. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('discount_approvals').addColumn('ticket_id', 'text').execute();
  await db.schema.alterTable('discount_approvals').addColumn('target', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('discount_approvals').dropColumn('target').execute();
  await db.schema.alterTable('discount_approvals').dropColumn('ticket_id').execute();
}
