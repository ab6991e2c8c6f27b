import type { Kysely } from 'kysely';

/** Where a register's receipt printer is: on the network (raw TCP) or a device path on the server. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('registers').addColumn('printer_json', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('registers').dropColumn('printer_json').execute();
}
