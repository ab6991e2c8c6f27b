import { uuidV7 } from '@kassa/core';
import { inTransaction, type Schema } from '@kassa/db';
import type { Kysely } from 'kysely';

/**
 * What every use-case runs against: the database (or a transaction), the clock and the source of
 * randomness. Passed in at the composition root so tests and seeders choose them.
 */
export type KassaContext = {
  readonly db: Kysely<Schema>;
  /** Epoch milliseconds now. */
  readonly clock: () => number;
  /** `n` cryptographically random bytes. */
  readonly random: (n: number) => Uint8Array;
};

/** A new UUIDv7 for a row born on the server (products, staff, stock movements…). */
export function newId(ctx: Pick<KassaContext, 'clock' | 'random'>): string {
  return uuidV7(ctx.clock(), ctx.random(10));
}

/**
 * Runs `fn` with a context whose database is one transaction, so a change and its audit row land
 * together or not at all. Inside, use only the context passed to `fn` (on SQLite the outer one
 * waits for the connection this transaction holds).
 */
export function transact<T>(ctx: KassaContext, fn: (tx: KassaContext) => Promise<T>): Promise<T> {
  return inTransaction(ctx.db, (trx) => fn({ ...ctx, db: trx }));
}
