import { type Kysely, Transaction } from 'kysely';
import type { Schema } from './schema';

/**
 * Runs `fn` in a transaction: commits when it resolves, rolls everything back when it throws.
 * When `db` already is a transaction, `fn` joins it, so repositories can be composed inside one
 * transaction by the caller and still be atomic on their own.
 *
 * On SQLite all work shares one connection: inside `fn` use only `trx`, never the outer `db`, or
 * the query waits forever for the connection `fn` itself holds.
 */
export function inTransaction<T>(
  db: Kysely<Schema>,
  fn: (trx: Transaction<Schema>) => Promise<T>,
): Promise<T> {
  if (db instanceof Transaction) return fn(db);
  return db.transaction().execute(fn);
}
