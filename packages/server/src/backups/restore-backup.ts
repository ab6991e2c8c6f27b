import { err, ok, type Result } from '@kassa/core';
import { isSqliteDatabaseInUse, replaceSqliteDatabase } from '@kassa/db';
import { utcStamp } from './backup-file-name';
import {
  type BackupContents,
  type BackupProblem,
  describeBackupProblem,
  verifySqliteBackup,
} from './verify-backup';

/** A backup put in place of the database. */
export type RestoredBackup = {
  readonly contents: BackupContents;
  /** The database that was there before (and its -wal/-shm), renamed, never deleted. */
  readonly movedAside: readonly string[];
};

/** Why the database was left as it was. */
export type RestoreError =
  | { readonly code: 'verify_failed'; readonly problem: BackupProblem }
  /** A Kassa server (or another program) has the database open. */
  | { readonly code: 'in_use'; readonly file: string }
  /** The copy could not be made or the files renamed (disk full, no permission). */
  | { readonly code: 'replace_failed'; readonly detail: string };

/**
 * Restores the SQLite backup `backupFile` as the database `databaseFile`: only a backup that
 * verifies ({@link verifySqliteBackup}), and only while nobody has the database open (a running
 * server would go on writing to the file it has open). The current database and its -wal/-shm are
 * renamed to `<databaseFile>.before-restore-<UTC time>`, so a restore can be undone by hand.
 * Registers then send what is still in their outboxes (pushes are idempotent, so a sale the backup
 * already has is a duplicate, not a second sale).
 */
export async function restoreSqliteBackup(options: {
  readonly backupFile: string;
  readonly databaseFile: string;
  readonly clock: () => number;
}): Promise<Result<RestoredBackup, RestoreError>> {
  const verified = await verifySqliteBackup(options.backupFile);
  if (!verified.ok) return err({ code: 'verify_failed', problem: verified.error });
  if (isSqliteDatabaseInUse(options.databaseFile)) return err({ code: 'in_use', file: options.databaseFile });
  try {
    const movedAside = await replaceSqliteDatabase(
      options.backupFile,
      options.databaseFile,
      `before-restore-${utcStamp(options.clock())}`,
    );
    return ok({ contents: verified.value, movedAside });
  } catch (error) {
    return err({ code: 'replace_failed', detail: error instanceof Error ? error.message : String(error) });
  }
}

/** One line of English for the `kassa` command. */
export function describeRestoreError(error: RestoreError): string {
  switch (error.code) {
    case 'verify_failed':
      return `the backup failed verification, nothing was changed: ${describeBackupProblem(error.problem)}`;
    case 'in_use':
      return `the database ${error.file} is open in a running Kassa server (or another program): stop it first, nothing was changed`;
    case 'replace_failed':
      return `the backup could not be put in place, the database was left as it was: ${error.detail}`;
  }
}
