import { resolve } from 'node:path';
import type { DatabaseConfig } from '@kassa/db';
import { DEFAULT_CONFIG, databaseConfigOf } from '@kassa/server';
import type { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';

/** Where a command finds the data: the data directory, and the database in it or at KASSA_DATABASE_URL. */
export type DataLocation = { readonly dataDir: string; readonly database: DatabaseConfig };

/**
 * The data directory from `--data-dir`, else KASSA_DATA_DIR, else ./kassa-data, and the database as
 * the server would open it. Reads only these two variables: a bad KASSA_PORT must not stop a backup.
 * @throws UsageError on an empty `--data-dir`.
 */
export function dataLocationOf(dataDirFlag: string | undefined, env: CliIo['env']): DataLocation {
  const dir = dataDirFlag ?? (env.KASSA_DATA_DIR?.trim() || DEFAULT_CONFIG.dataDir);
  if (dir.trim() === '') throw new UsageError('--data-dir must not be empty / --data-dir 不能为空');
  const dataDir = resolve(dir);
  const databaseUrl = env.KASSA_DATABASE_URL?.trim() || undefined;
  return { dataDir, database: databaseConfigOf({ ...DEFAULT_CONFIG, dataDir, databaseUrl }) };
}

/** The machine's time zone: backups are retained by its calendar and their times shown on its clock. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
