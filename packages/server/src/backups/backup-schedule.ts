import { everyInterval } from '../every-interval';
import { nextBackupDue } from './next-backup-due';
import { listBackups } from './prune-backups';
import { describeBackupWriteError, writeSqliteBackup } from './write-backup';

/** The default time of the daily backup: 03:30, when shops are closed and before early openers. */
export const DEFAULT_BACKUP_AT = '03:30';

/** How often the scheduler looks at the clock; a sleeping machine or a changed clock is noticed within this. */
const CHECK_EVERY_MS = 60_000;

/** Where the scheduler reports (the server's pino logger fits). */
export type BackupLog = {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
};

/** Options of {@link startBackupSchedule}. */
export type BackupScheduleOptions = {
  readonly databaseFile: string;
  readonly backupsDir: string;
  /** Minutes after local midnight (210 = 03:30). */
  readonly at: number;
  /** Whose wall clock `at` is read on, and whose calendar retention counts on: the machine's. */
  readonly timeZone: string;
  readonly clock: () => number;
  readonly log: BackupLog;
  /**
   * Calls `check` every `ms` until the returned function is called: an unref'd `setInterval` by
   * default; tests pass their own and call `check` when they have moved the clock.
   */
  readonly every?: (ms: number, check: () => Promise<void>) => () => void;
};

/** A running daily backup. */
export type BackupSchedule = {
  /** Stops checking and waits for a backup in progress to finish; call before closing the database. */
  stop(): Promise<void>;
};

/**
 * Backs up the SQLite database every day at `at` (see {@link nextBackupDue}: a day missed while the
 * server was off is made up soon after it starts, a failure is retried an hour later), with
 * {@link writeSqliteBackup}: written while the server keeps selling, verified, retention applied.
 * A failure is logged, never thrown: the shop keeps selling without its backup.
 */
export async function startBackupSchedule(options: BackupScheduleOptions): Promise<BackupSchedule> {
  const { clock, log } = options;
  const startedAt = clock();
  let lastBackupAt = await newestBackupAt(options);
  let lastFailureAt: number | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const backUp = async (now: number) => {
    const result = await writeSqliteBackup({
      databaseFile: options.databaseFile,
      backupsDir: options.backupsDir,
      clock,
      timeZone: options.timeZone,
    });
    if (result.ok) {
      lastBackupAt = now;
      lastFailureAt = null;
      const { contents } = result.value;
      log.info(
        {
          file: result.value.file,
          sales: contents.sales,
          journalEntries: contents.journalEntries,
          lastSaleAt: contents.lastSaleAt,
          pruned: result.value.pruned,
        },
        'daily backup written and verified',
      );
    } else {
      lastFailureAt = now;
      log.error(
        { code: result.error.code },
        `daily backup failed: ${describeBackupWriteError(result.error)}`,
      );
    }
  };

  const check = async () => {
    if (stopped || running) return;
    const now = clock();
    try {
      if (now < nextBackupDue({ lastBackupAt, lastFailureAt, startedAt }, options.at, options.timeZone))
        return;
      running = backUp(now);
      await running;
    } catch (error) {
      lastFailureAt = now;
      log.error({ err: error }, 'daily backup failed');
    } finally {
      running = null;
    }
  };

  const cancel = (options.every ?? everyInterval)(CHECK_EVERY_MS, check);
  log.info(
    {
      backupsDir: options.backupsDir,
      nextBackupAt: new Date(
        nextBackupDue({ lastBackupAt, lastFailureAt, startedAt }, options.at, options.timeZone),
      ).toISOString(),
    },
    'daily backups on',
  );
  return {
    async stop() {
      stopped = true;
      cancel();
      await running;
    },
  };
}

/** The newest backup in the folder; a folder that cannot be read counts as none (the backup will say why). */
async function newestBackupAt(options: BackupScheduleOptions): Promise<number | null> {
  try {
    return (await listBackups(options.backupsDir, 'sqlite'))[0]?.at ?? null;
  } catch (error) {
    options.log.error({ err: error }, 'cannot read the backups folder');
    return null;
  }
}
