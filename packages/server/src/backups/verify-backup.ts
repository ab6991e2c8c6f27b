import type { JournalVerification } from '@kassa/api';
import { err, ok, type Result } from '@kassa/core';
import {
  createStoreRepository,
  type KassaDatabase,
  openMigratedSqliteCopy,
  openSqliteReadOnly,
  readDataSummary,
  readMigrationStatus,
  sqliteIntegrityProblems,
} from '@kassa/db';
import { verifyStoreJournal } from '../journal/verify-store-journal';

/** What a sound backup holds, for a person to see it is the one they want. */
export type BackupContents = {
  /** Each store with the length and head of its intact journal. */
  readonly stores: readonly {
    readonly code: string;
    readonly name: string;
    readonly journalEntries: number;
  }[];
  readonly sales: number;
  /** When the newest sale was made (epoch ms); null without sales. */
  readonly lastSaleAt: number | null;
  readonly journalEntries: number;
  /** Migrations of this Kassa the backup lacks (made by an older one): applied when a server starts on it. */
  readonly pendingMigrations: number;
};

/** Why a backup cannot be trusted. */
export type BackupProblem =
  /** Not a SQLite database at all, or cut short (e.g. a copy that did not finish). */
  | { readonly code: 'unreadable'; readonly detail: string }
  /** SQLite's integrity check failed: damaged pages. */
  | { readonly code: 'corrupt'; readonly problems: readonly string[] }
  /** A SQLite database, but not one Kassa made. */
  | { readonly code: 'not_kassa' }
  /** Made by a newer Kassa: this one does not know its newest migrations. */
  | { readonly code: 'newer_kassa'; readonly migrations: readonly string[] }
  /** A store's sales journal does not verify: an entry was changed, removed or added outside Kassa. */
  | {
      readonly code: 'journal_broken';
      readonly store: string;
      readonly brokenAt: number;
      readonly reason: NonNullable<JournalVerification['reason']>;
    };

/**
 * Checks a SQLite backup without changing it: it opens read-only, passes `PRAGMA integrity_check`,
 * carries Kassa's migrations (none from a newer Kassa), and every store's sales journal verifies
 * (see {@link verifyStoreJournal}). A backup of an older Kassa is checked on a migrated temporary
 * copy, as a server would see it after starting on it.
 */
export async function verifySqliteBackup(file: string): Promise<Result<BackupContents, BackupProblem>> {
  let database: KassaDatabase;
  try {
    database = await openSqliteReadOnly(file);
  } catch (error) {
    return err({ code: 'unreadable', detail: messageOf(error) });
  }
  let pendingMigrations: number;
  try {
    const problems = await sqliteIntegrityProblems(database.db);
    if (problems.length > 0) return err({ code: 'corrupt', problems });
    const migrations = await readMigrationStatus(database.db);
    if (migrations === null) return err({ code: 'not_kassa' });
    if (migrations.unknown.length > 0) return err({ code: 'newer_kassa', migrations: migrations.unknown });
    pendingMigrations = migrations.pending.length;
  } catch (error) {
    return err(damaged(error));
  } finally {
    await database.close();
  }
  const checked = pendingMigrations > 0 ? await openMigratedSqliteCopy(file) : await openSqliteReadOnly(file);
  try {
    return await readContents(checked, pendingMigrations);
  } finally {
    await checked.close();
  }
}

async function readContents(
  database: KassaDatabase,
  pendingMigrations: number,
): Promise<Result<BackupContents, BackupProblem>> {
  const stores: { code: string; name: string; journalEntries: number }[] = [];
  for (const store of await createStoreRepository(database.db).list()) {
    const journal = await verifyStoreJournal(database.db, store.id);
    if (!journal.ok) {
      return err({
        code: 'journal_broken',
        store: store.code,
        brokenAt: journal.brokenAt ?? 0,
        reason: journal.reason ?? 'hash_mismatch',
      });
    }
    stores.push({ code: store.code, name: store.name, journalEntries: journal.count });
  }
  const summary = await readDataSummary(database.db);
  return ok({
    stores,
    sales: summary.sales,
    lastSaleAt: summary.lastSaleAt,
    journalEntries: summary.journalEntries,
    pendingMigrations,
  });
}

/** SQLite opens any file lazily: garbage or a cut-off copy fails on the first read instead. */
function damaged(error: unknown): BackupProblem {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT'
    ? { code: 'corrupt', problems: [messageOf(error)] }
    : { code: 'unreadable', detail: messageOf(error) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One line of English a shop owner can act on, for the log and the `kassa` command. */
export function describeBackupProblem(problem: BackupProblem): string {
  switch (problem.code) {
    case 'unreadable':
      return `the file is not a readable SQLite database (${problem.detail}); it may be cut short or not a backup at all`;
    case 'corrupt':
      return `the database inside is damaged: ${problem.problems.slice(0, 3).join('; ')}`;
    case 'not_kassa':
      return 'the file is a SQLite database, but not a Kassa one';
    case 'newer_kassa':
      return `the backup was made by a newer Kassa (${problem.migrations.join(', ')}): upgrade Kassa first`;
    case 'journal_broken':
      return `the sales journal of store ${problem.store} is broken at entry #${problem.brokenAt} (${problem.reason}): the backup was changed outside Kassa`;
  }
}
