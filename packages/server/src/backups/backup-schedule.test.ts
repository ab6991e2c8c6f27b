import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BackupLog, startBackupSchedule } from './backup-schedule';
import { BACKUP_CATCH_UP_DELAY_MS, BACKUP_RETRY_MS } from './next-backup-due';
import { openShopWithSales, type ShopWithSales } from './shop-with-sales.fixture';
import { writeSqliteBackup } from './write-backup';

const MINUTE = 60_000;
const HALF_PAST_THREE = 3 * 60 + 30;

/** A log that keeps what it is told. */
function recordingLog(): BackupLog & {
  lines: { level: string; fields: Record<string, unknown>; message: string }[];
} {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
    error: (fields, message) => lines.push({ level: 'error', fields, message }),
  };
}

/** A timer the test drives: `check()` runs what the scheduler would run on its next tick. */
function manualTimer() {
  const timer = {
    check: async () => {},
    stopped: false,
    every: (_ms: number, check: () => Promise<void>) => {
      timer.check = check;
      return () => {
        timer.stopped = true;
      };
    },
  };
  return timer;
}

describe('the daily backup schedule', () => {
  let shop: ShopWithSales;
  let now: number;
  beforeEach(async () => {
    shop = await openShopWithSales();
    await shop.sell(2);
    now = Date.parse('2026-11-22T10:00:00+08:00');
  });
  afterEach(async () => {
    await shop.dispose();
  });

  const backups = async () => (await readdir(shop.backupsDir).catch(() => [])).sort();

  it('backs up when its time comes: first soon after the start, then every night at 03:30', async () => {
    const timer = manualTimer();
    const log = recordingLog();
    const schedule = await startBackupSchedule({
      databaseFile: shop.databaseFile,
      backupsDir: shop.backupsDir,
      at: HALF_PAST_THREE,
      timeZone: 'Asia/Shanghai',
      clock: () => now,
      log,
      every: timer.every,
    });
    await timer.check();
    expect(await backups()).toEqual([]);
    now += BACKUP_CATCH_UP_DELAY_MS - MINUTE;
    await timer.check();
    expect(await backups()).toEqual([]);
    // No backup yet at all: the first comes ten minutes after the start (10:10 in Shanghai).
    now += MINUTE;
    await timer.check();
    expect(await backups()).toEqual(['kassa-20261122T021000Z.sqlite']);
    await timer.check();
    expect(await backups()).toHaveLength(1);

    // Tonight, 03:29 and then 03:30 in Shanghai.
    now = Date.parse('2026-11-23T03:29:00+08:00');
    await timer.check();
    expect(await backups()).toHaveLength(1);
    now += MINUTE;
    await timer.check();
    expect(await backups()).toEqual(['kassa-20261122T021000Z.sqlite', 'kassa-20261122T193000Z.sqlite']);
    expect(log.lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(log.lines.at(-1)).toMatchObject({
      level: 'info',
      message: 'daily backup written and verified',
      fields: { file: join(shop.backupsDir, 'kassa-20261122T193000Z.sqlite'), sales: 2 },
    });

    await schedule.stop();
    expect(timer.stopped).toBe(true);
    now += 86_400_000;
    await timer.check();
    expect(await backups()).toHaveLength(2);
  });

  it('takes up from the newest backup in the folder, and a night already backed up is not repeated', async () => {
    // Tonight's backup was made at 03:31 (by `kassa backup`), and the server restarts at 03:35.
    now = Date.parse('2026-11-23T03:31:00+08:00');
    expect((await writeSqliteBackup({ ...shop, clock: () => now })).ok).toBe(true);
    now += 4 * MINUTE;
    const timer = manualTimer();
    const schedule = await startBackupSchedule({
      databaseFile: shop.databaseFile,
      backupsDir: shop.backupsDir,
      at: HALF_PAST_THREE,
      timeZone: 'Asia/Shanghai',
      clock: () => now,
      log: recordingLog(),
      every: timer.every,
    });
    now += BACKUP_CATCH_UP_DELAY_MS;
    await timer.check();
    expect(await backups()).toEqual(['kassa-20261122T193100Z.sqlite']);
    // The next is tomorrow night's.
    now = Date.parse('2026-11-24T03:30:00+08:00');
    await timer.check();
    expect(await backups()).toEqual(['kassa-20261122T193100Z.sqlite', 'kassa-20261123T193000Z.sqlite']);
    await schedule.stop();
  });

  it('logs a failed backup, never throws, and tries again an hour later', async () => {
    const timer = manualTimer();
    const log = recordingLog();
    const schedule = await startBackupSchedule({
      databaseFile: join(shop.dataDir, 'moved-away.db'),
      backupsDir: shop.backupsDir,
      at: HALF_PAST_THREE,
      timeZone: 'Asia/Shanghai',
      clock: () => now,
      log,
      every: timer.every,
    });
    now += BACKUP_CATCH_UP_DELAY_MS;
    await expect(timer.check()).resolves.toBeUndefined();
    const errors = () => log.lines.filter((line) => line.level === 'error');
    expect(errors()).toEqual([
      {
        level: 'error',
        fields: { code: 'no_database' },
        message: `daily backup failed: there is no Kassa database at ${join(shop.dataDir, 'moved-away.db')}`,
      },
    ]);
    now += BACKUP_RETRY_MS - MINUTE;
    await timer.check();
    expect(errors()).toHaveLength(1);
    now += MINUTE;
    await timer.check();
    expect(errors()).toHaveLength(2);
    await schedule.stop();
  });
});
