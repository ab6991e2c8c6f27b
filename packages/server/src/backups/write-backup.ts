import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '@kassa/core';
import { backUpSqliteDatabase } from '@kassa/db';
import { backupFileName } from './backup-file-name';
import { pruneBackups } from './prune-backups';
import {
  type BackupContents,
  type BackupProblem,
  describeBackupProblem,
  verifySqliteBackup,
} from './verify-backup';

/** A backup written, verified, and the old backups retention let go. */
export type WrittenBackup = {
  readonly file: string;
  readonly contents: BackupContents;
  /** Names of the older backups deleted by retention. */
  readonly pruned: readonly string[];
};

/** Why no backup was written. */
export type BackupWriteError =
  | { readonly code: 'no_database'; readonly file: string }
  /** SQLite could not read the database or write the copy (disk full, no permission…). */
  | { readonly code: 'write_failed'; readonly detail: string }
  /** The copy was written but did not verify, and was deleted. */
  | { readonly code: 'verify_failed'; readonly problem: BackupProblem };

/** Where backups of the data directory `dataDir` go. */
export function backupsDirOf(dataDir: string): string {
  return join(dataDir, 'backups');
}

/**
 * Backs up the live SQLite database at `databaseFile` into `backupsDir` as
 * `kassa-<UTC time>.sqlite` (see {@link backUpSqliteDatabase}: the server keeps selling meanwhile),
 * verifies the copy ({@link verifySqliteBackup}) and deletes it if it fails, then applies retention
 * to the folder. Retention runs only after a good backup, so a failing disk never eats the old ones.
 */
export async function writeSqliteBackup(options: {
  readonly databaseFile: string;
  readonly backupsDir: string;
  readonly clock: () => number;
  /** Whose calendar retention counts days, weeks and months on: the machine's. */
  readonly timeZone: string;
}): Promise<Result<WrittenBackup, BackupWriteError>> {
  if (!existsSync(options.databaseFile)) return err({ code: 'no_database', file: options.databaseFile });
  const name = backupFileName(options.clock(), 'sqlite');
  const file = join(options.backupsDir, name);
  try {
    await mkdir(options.backupsDir, { recursive: true });
    await backUpSqliteDatabase(options.databaseFile, file);
  } catch (error) {
    return err({ code: 'write_failed', detail: error instanceof Error ? error.message : String(error) });
  }
  const verified = await verifySqliteBackup(file);
  if (!verified.ok) {
    await rm(file, { force: true });
    return err({ code: 'verify_failed', problem: verified.error });
  }
  const pruned = await pruneBackups(options.backupsDir, 'sqlite', options.timeZone, name);
  return ok({ file, contents: verified.value, pruned });
}

/** One line of English for the log and the `kassa` command. */
export function describeBackupWriteError(error: BackupWriteError): string {
  switch (error.code) {
    case 'no_database':
      return `there is no Kassa database at ${error.file}`;
    case 'write_failed':
      return `the backup could not be written: ${error.detail}`;
    case 'verify_failed':
      return `the backup was written but failed verification and was deleted: ${describeBackupProblem(error.problem)}`;
  }
}
