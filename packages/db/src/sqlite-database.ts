import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { KassaDatabase } from './kassa-database';
import type { Schema } from './schema';
import { KassaSqliteDialect } from './sqlite-dialect';
import { cacheStatements } from './sqlite-statement-cache';
import { createWalSync } from './wal-sync';

/** Opens (creating if needed) a SQLite file configured for durable point-of-sale writes. */
export async function openSqliteDatabase(file: string): Promise<KassaDatabase> {
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
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
