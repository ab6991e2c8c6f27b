import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/**
 * The next number of counter `name` (1 the first time), in the caller's transaction: the counter
 * row stays locked until it ends, so two writers never take the same number and numbers follow
 * commit order. Documents are numbered this way (purchase orders per store, transfers, counts).
 */
export async function takeNumber(db: Kysely<Schema>, name: string): Promise<number> {
  await db
    .insertInto('counters')
    .values({ name, value: 0 })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
