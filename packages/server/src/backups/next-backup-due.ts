import { wallClock } from '@kassa/core';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

/** How long after the server starts a missed daily backup is made up: past the busy first minutes. */
export const BACKUP_CATCH_UP_DELAY_MS = 10 * MINUTE_MS;
/** How long after a failed backup the next attempt comes. */
export const BACKUP_RETRY_MS = 60 * MINUTE_MS;

const minutesOf = (at: number, timeZone: string) => {
  const clock = wallClock(at, timeZone);
  return clock.hour * 60 + clock.minute;
};

/**
 * The next instant after `after` at which the wall clock of `timeZone` shows `minutes` after
 * midnight (e.g. 210 = 03:30): later today if the clock has not got there yet, else tomorrow.
 * Across a DST change the day is 23 or 25 hours long, so the answer is corrected by what the clock
 * shows; a time that spring's jump skips (02:30) comes as far after the jump as it was after the
 * skipped hour (03:30), and autumn's repeated hour counts once, the first time.
 */
export function dailyTimeAfter(after: number, minutes: number, timeZone: string): number {
  const now = wallClock(after, timeZone);
  const startOfMinute = after - now.second * 1000 - (((after % 1000) + 1000) % 1000);
  let ahead = minutes - (now.hour * 60 + now.minute);
  if (ahead <= 0) ahead += DAY_MINUTES;
  const naive = startOfMinute + ahead * MINUTE_MS;
  // What the clock shows then, against what was wanted, within half a day either way.
  const drift =
    ((((minutes - minutesOf(naive, timeZone)) % DAY_MINUTES) + DAY_MINUTES * 1.5) % DAY_MINUTES) - 720;
  const corrected = naive + drift * MINUTE_MS;
  return corrected > after && minutesOf(corrected, timeZone) === minutes ? corrected : naive;
}

/** What the scheduler knows when it decides. */
export type BackupScheduleState = {
  /** The newest backup (in the folder, or made since), epoch ms; null when there is none. */
  readonly lastBackupAt: number | null;
  /** The last failed attempt since then; null when none failed. */
  readonly lastFailureAt: number | null;
  /** When the server (and so the scheduler) started. */
  readonly startedAt: number;
};

/**
 * When the next daily backup is due: at `minutes` past local midnight after the last backup. If
 * that time passed while the server was not running (a shop computer switched off at night), or
 * there is no backup at all, {@link BACKUP_CATCH_UP_DELAY_MS} after the start instead; after a
 * failure, no sooner than {@link BACKUP_RETRY_MS} later.
 */
export function nextBackupDue(state: BackupScheduleState, minutes: number, timeZone: string): number {
  const catchUp = state.startedAt + BACKUP_CATCH_UP_DELAY_MS;
  const slot = state.lastBackupAt === null ? null : dailyTimeAfter(state.lastBackupAt, minutes, timeZone);
  const due = slot === null || slot <= state.startedAt ? catchUp : slot;
  return state.lastFailureAt === null ? due : Math.max(due, state.lastFailureAt + BACKUP_RETRY_MS);
}
