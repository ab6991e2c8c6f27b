import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KassaSqliteDialect } from './sqlite-dialect';
import type { WalSync } from './wal-sync';

type Db = { items: { id: number } };

/** A WAL sync the test completes by hand, counting the syncs asked for. */
function manualWalSync() {
  let finish: (error?: Error) => void = () => {};
  const walSync = {
    requested: 0,
    sync: () =>
      new Promise<void>((resolve, reject) => {
        walSync.requested++;
        finish = (error) => (error ? reject(error) : resolve());
      }),
    close: async () => {},
    finish: (error?: Error) => finish(error),
  } satisfies WalSync & Record<string, unknown>;
  return walSync;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('KassaSqliteDialect with a WAL sync', () => {
  let dir: string;
  let raw: Database.Database;
  let walSync: ReturnType<typeof manualWalSync>;
  let db: Kysely<Db>;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kassa-dialect-'));
    // No busy timeout: a locked database fails at once.
    raw = new Database(join(dir, 'kassa.sqlite'), { timeout: 0 });
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('create table items (id integer primary key)');
    walSync = manualWalSync();
    db = new Kysely<Db>({ dialect: new KassaSqliteDialect({ database: raw, walSync }) });
  });

  afterEach(async () => {
    await db.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  const synchronous = () => raw.pragma('synchronous', { simple: true });

  it('resolves a transaction only once the WAL is synced, and syncs inside COMMIT nowhere', async () => {
    let inside: unknown;
    let done = false;
    const transaction = db
      .transaction()
      .execute(async (trx) => {
        inside = synchronous();
        await trx.insertInto('items').values({ id: 1 }).execute();
      })
      .then(() => {
        done = true;
      });
    await settle();
    // 1 is NORMAL: the COMMIT wrote the WAL without waiting for the disk…
    expect(inside).toBe(1);
    expect([walSync.requested, done]).toEqual([1, false]);
    // …and the transaction waits for the sync, holding the connection so nobody reads ahead of it.
    let readDone = false;
    const read = db
      .selectFrom('items')
      .selectAll()
      .execute()
      .then(() => {
        readDone = true;
      });
    await settle();
    expect(readDone).toBe(false);
    walSync.finish();
    await Promise.all([transaction, read]);
    // 2 is FULL again for statements outside transactions.
    expect(synchronous()).toBe(2);
  });

  it('fails a transaction whose WAL sync fails, though SQLite has committed it', async () => {
    const transaction = db
      .transaction()
      .execute((trx) => trx.insertInto('items').values({ id: 2 }).execute());
    await settle();
    walSync.finish(new Error('EIO'));
    await expect(transaction).rejects.toThrow('EIO');
    expect(synchronous()).toBe(2);
    expect(await sql<{ n: number }>`select count(*) as n from items`.execute(db)).toMatchObject({
      rows: [{ n: 1 }],
    });
  });

  it('restores FULL when the transaction cannot begin', async () => {
    const other = new Database(join(dir, 'kassa.sqlite'));
    try {
      other.exec('begin immediate');
      await expect(db.transaction().execute(async () => {})).rejects.toThrow(/locked|busy/i);
      expect(synchronous()).toBe(2);
      other.exec('commit');
    } finally {
      other.close();
    }
  });

  it('restores FULL after a rolled-back transaction', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ id: 3 }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect([synchronous(), walSync.requested]).toEqual([2, 0]);
  });
});
