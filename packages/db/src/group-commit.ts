import { CompiledQuery, type Kysely, SqliteAdapter, Transaction } from 'kysely';
import type { Schema } from './schema';

type Work = (trx: Transaction<Schema>) => Promise<unknown>;
type Pending = { work: Work; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** How many writes share one commit at most; more wait for the next one. */
const MAX_BATCH = 64;

// Compiled once: these run around every write of a batch.
const savepoint = CompiledQuery.raw('savepoint kassa_write');
const releaseSavepoint = CompiledQuery.raw('release savepoint kassa_write');
const rollbackToSavepoint = CompiledQuery.raw('rollback to savepoint kassa_write');

const queues = new WeakMap<Kysely<Schema>, Pending[]>();
const draining = new WeakSet<Kysely<Schema>>();

/**
 * Runs `work` atomically and durably, like a transaction of its own, but on SQLite lets writes that
 * arrive together share one transaction and therefore one fsync (group commit). Each write runs in
 * its own savepoint: when it throws, its rows are rolled back and only its caller gets the error;
 * every caller is answered only after the shared COMMIT, so nobody is told "saved" before it is.
 * See ADR 0003.
 *
 * On PostgreSQL (many connections, its own group commit in the WAL writer) this is simply a
 * transaction. Inside a transaction `db`, `work` joins it (a seeder wrapping many sales).
 * As with every SQLite transaction here, `work` must use only `trx`, never the outer `db`.
 */
export function groupCommit<T>(
  db: Kysely<Schema>,
  work: (trx: Transaction<Schema>) => Promise<T>,
): Promise<T> {
  if (db instanceof Transaction) return work(db);
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return db.transaction().execute(work);
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!draining.has(db)) void drain(db, queue);
  });
}

async function drain(db: Kysely<Schema>, queue: Pending[]): Promise<void> {
  draining.add(db);
  try {
    while (queue.length > 0) {
      // Let requests already in flight (their reads are done or queued) join this commit: one turn
      // of the event loop costs microseconds, an fsync per sale costs a millisecond.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = queue.splice(0, MAX_BATCH);
      const outcomes: Outcome[] = [];
      try {
        await db.transaction().execute(async (trx) => {
          for (const item of batch) outcomes.push(await runInSavepoint(trx, item.work));
        });
      } catch (error) {
        // The commit failed (disk full, I/O error), or the WAL sync after it: no write of the batch
        // may be confirmed. A caller that retries is answered from what really got saved.
        for (const item of batch) item.reject(error);
        continue;
      }
      batch.forEach((item, index) => {
        const outcome = outcomes[index] as Outcome;
        if (outcome.ok) item.resolve(outcome.value);
        else item.reject(outcome.error);
      });
    }
  } finally {
    draining.delete(db);
  }
}

async function runInSavepoint(trx: Transaction<Schema>, work: Work): Promise<Outcome> {
  await trx.executeQuery(savepoint);
  try {
    const value = await work(trx);
    await trx.executeQuery(releaseSavepoint);
    return { ok: true, value };
  } catch (error) {
    await trx.executeQuery(rollbackToSavepoint);
    await trx.executeQuery(releaseSavepoint);
    return { ok: false, error };
  }
}
