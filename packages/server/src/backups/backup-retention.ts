import { wallClock } from '@kassa/core';

/** How many backups to keep: the newest of each of so many days, ISO weeks and months. */
export type BackupRetention = { readonly daily: number; readonly weekly: number; readonly monthly: number };

/** 7 daily, 4 weekly, 12 monthly: a week of days to pick from, a month of weeks, a year of months. */
export const BACKUP_RETENTION: BackupRetention = { daily: 7, weekly: 4, monthly: 12 };

const DAY_MS = 86_400_000;

/** The local calendar day of an instant in `timeZone`, as days since 1970-01-01. */
function dayOf(at: number, timeZone: string): number {
  const { year, month, day } = wallClock(at, timeZone);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}
// 1970-01-01 was a Thursday: shifting by 3 days makes each run of 7 start on a Monday (ISO weeks).
const isoWeekOf = (at: number, timeZone: string) => Math.floor((dayOf(at, timeZone) + 3) / 7);
const monthOf = (at: number, timeZone: string) => {
  const { year, month } = wallClock(at, timeZone);
  return year * 12 + month;
};

/**
 * Which backups to keep (newest first): the newest backup of each of the `daily` most recent days
 * that have one, of each of the `weekly` most recent ISO weeks that have one, and of each of the
 * `monthly` most recent months that have one; the rest may be deleted. Days, weeks and months are
 * those of `timeZone`'s calendar (the shop's: a backup at 03:30 in Shanghai is on the UTC day
 * before). Periods without a backup (the server was off) do not count, so a shop
 * closed for a fortnight still comes back to 7 daily backups, as with restic's or borg's
 * `--keep-daily`. Keeping what this returns and applying it again keeps the same backups.
 */
export function backupsToKeep<T extends { readonly at: number }>(
  backups: readonly T[],
  timeZone: string,
  retention: BackupRetention = BACKUP_RETENTION,
): T[] {
  const newestFirst = [...backups].sort((a, b) => b.at - a.at);
  const keep = new Set<T>();
  const rules: ReadonlyArray<[(at: number, timeZone: string) => number, number]> = [
    [dayOf, retention.daily],
    [isoWeekOf, retention.weekly],
    [monthOf, retention.monthly],
  ];
  for (const [periodOf, count] of rules) {
    const periods = new Set<number>();
    for (const backup of newestFirst) {
      const period = periodOf(backup.at, timeZone);
      if (periods.has(period)) continue;
      if (periods.size === count) break;
      periods.add(period);
      keep.add(backup);
    }
  }
  return newestFirst.filter((backup) => keep.has(backup));
}
