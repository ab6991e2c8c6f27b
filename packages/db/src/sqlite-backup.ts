import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import type { KassaDatabase } from './kassa-database';
import { migrateToLatest } from './migrate-to-latest';
import type { Schema } from './schema';
import { openSqliteDatabase } from './sqlite-database';
import { KassaSqliteDialect } from './sqlite-dialect';

// Runs in the worker, as CommonJS (`eval`): its own connection to the live file. VACUUM INTO reads
// one snapshot as a WAL reader, so the server keeps committing sales meanwhile, and writes it out
// compacted in rollback-journal mode: one self-contained file, no -wal beside it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlite3);
let db;
try {
  db = new Database(workerData.source, { fileMustExist: true, timeout: 5000 });
  db.prepare('VACUUM INTO ?').run(workerData.target);
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String((error && error.message) || error) });
} finally {
  if (db) db.close();
}
`;

/**
 * Writes a consistent copy of the SQLite database at `source` to `target` while other connections
 * (the running server) go on reading and writing it: `VACUUM INTO` from a worker thread, so the
 * event loop serving the registers never waits for it, never a raw copy of a file being written.
 * The copy is written beside `target` first and renamed once it is on disk, so `target` is either
 * complete or absent.
 * @throws Error when SQLite cannot read the source or write the copy (SQLite's message), or when
 *   `target` exists.
 */
export async function backUpSqliteDatabase(source: string, target: string): Promise<void> {
  if (existsSync(target)) throw new Error(`${target} already exists`);
  const partial = `${target}.partial`;
  await rm(partial, { force: true });
  try {
    await vacuumInto(source, partial);
    await syncFile(partial);
    await rename(partial, target);
  } finally {
    await rm(partial, { force: true });
  }
  await syncDirectory(dirname(target));
}

function vacuumInto(source: string, target: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { source, target, betterSqlite3: require.resolve('better-sqlite3') },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (message: { ok: boolean; message?: string }) =>
      message.ok ? resolve() : reject(new Error(message.message)),
    );
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('the backup thread stopped before it finished')));
  });
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable; Windows cannot open a directory, and does not need it. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The files SQLite may keep beside a database, which belong with it. */
const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/**
 * Puts a copy of the SQLite database `source` where the database `target` is, for a restore: the
 * copy is made with {@link backUpSqliteDatabase} (so a `source` with its own -wal is copied with
 * what the log holds, as SQLite reads it) beside `target` first; then `target` and its
 * -wal/-shm/-journal are renamed to `<target>.<aside>` (+ the same suffix, so SQLite still pairs
 * them if someone opens the old database again), and the copy takes `target`'s name. Nothing is
 * deleted. Returns the paths moved aside. The caller makes sure nobody has `target` open (see
 * `isSqliteDatabaseInUse`).
 * @throws Error when the copy cannot be made or a file renamed, or `<target>.<aside>` exists.
 */
export async function replaceSqliteDatabase(
  source: string,
  target: string,
  aside: string,
): Promise<string[]> {
  const incoming = `${target}.restoring`;
  const asidePath = `${target}.${aside}`;
  if (existsSync(asidePath)) throw new Error(`${asidePath} already exists`);
  await mkdir(dirname(target), { recursive: true });
  await rm(incoming, { force: true });
  const moved: string[] = [];
  try {
    await backUpSqliteDatabase(source, incoming);
    for (const suffix of ['', ...COMPANION_SUFFIXES]) {
      if (!existsSync(`${target}${suffix}`)) continue;
      await rename(`${target}${suffix}`, `${asidePath}${suffix}`);
      moved.push(suffix);
    }
    await rename(incoming, target);
  } catch (error) {
    // Put back what was moved, so a failed restore leaves the database as it found it.
    for (const suffix of moved) await rename(`${asidePath}${suffix}`, `${target}${suffix}`).catch(() => {});
    throw error;
  } finally {
    await rm(incoming, { force: true });
  }
  await syncDirectory(dirname(target));
  return moved.map((suffix) => `${asidePath}${suffix}`);
}

/**
 * Opens a SQLite file (a backup) read-only: nothing is created, migrated or checkpointed. A file
 * that is not a SQLite database opens, and fails on the first query with SQLITE_NOTADB.
 * @throws Error when the file does not exist.
 */
export async function openSqliteReadOnly(file: string): Promise<KassaDatabase> {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  const db = new Kysely<Schema>({ dialect: new KassaSqliteDialect({ database }) });
  try {
    // Kysely adopts the file on its first query; until then destroy() would leave it open.
    await db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute();
  } catch (error) {
    database.close();
    throw error;
  }
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * What SQLite's `PRAGMA integrity_check` finds wrong with the database (at most 100 problems);
 * empty when the file is sound.
 * @throws Error (SQLITE_CORRUPT, SQLITE_NOTADB) when the file is too damaged to check.
 */
export async function sqliteIntegrityProblems(db: Kysely<Schema>): Promise<string[]> {
  const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  const problems = rows.map((row) => row.integrity_check);
  return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
}

/**
 * A migrated copy of the SQLite file at `file`, in a temp directory that `close()` removes: how a
 * backup made by an older Kassa is checked as the server will see it after its next start, without
 * changing the backup itself.
 */
export async function openMigratedSqliteCopy(file: string): Promise<KassaDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'kassa-backup-check-'));
  try {
    const copy = join(dir, 'kassa.db');
    await backUpSqliteDatabase(file, copy);
    const database = await openSqliteDatabase(copy);
    try {
      await migrateToLatest(database.db);
    } catch (error) {
      await database.close();
      throw error;
    }
    return {
      db: database.db,
      dialect: 'sqlite',
      close: async () => {
        await database.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
