import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { KassaDatabase } from './kassa-database';
import type { Schema } from './schema';
import { KassaSqliteDialect } from './sqlite-dialect';
import { cacheStatements } from './sqlite-statement-cache';
import { startWalCheckpointer } from './wal-checkpointer';
import { createWalSync } from './wal-sync';

/** Pages (4 KiB) of WAL after which a COMMIT checkpoints itself when a background thread does not. */
const BACKSTOP_CHECKPOINT_PAGES = 16384;

/**
 * Opens (creating if needed) a SQLite file configured for durable point-of-sale writes; with
 * `backgroundCheckpoints`, a worker thread checkpoints it (see `startWalCheckpointer`).
 */
export async function openSqliteDatabase(
  file: string,
  backgroundCheckpoints?: { onError: (message: string) => void },
): Promise<KassaDatabase> {
  if (file !== ':memory:') await mkdir(dirname(file), { recursive: true });
  const database = new Database(file);
  try {
    // Readers (reports, SSE) must not block the till's writes, nor be blocked by them.
    const journalMode = database.pragma('journal_mode = WAL', { simple: true });
    if (journalMode !== 'wal' && file !== ':memory:') {
      throw new Error(
        `SQLite refused WAL mode for ${file} (got ${String(journalMode)}): is it on a network share?`,
      );
    }
    // A sale the register was told is saved must survive a power cut: FULL syncs the WAL on commit.
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    // Another process (the CLI, a backup) may hold the write lock briefly.
    database.pragma('busy_timeout = 5000');
    if (backgroundCheckpoints) database.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  } catch (error) {
    database.close();
    throw error;
  }
  const db = new Kysely<Schema>({
    dialect: new KassaSqliteDialect({
      database: cacheStatements(database),
      ...(file === ':memory:' ? {} : { walSync: createWalSync(`${file}-wal`) }),
    }),
  });
  // Kysely adopts the file on its first query; until then destroy() would leave it open.
  await db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute();
  const checkpointer =
    backgroundCheckpoints && file !== ':memory:'
      ? startWalCheckpointer(file, backgroundCheckpoints.onError)
      : undefined;
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      // The last connection to close checkpoints everything and removes the WAL: let it be ours.
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}
