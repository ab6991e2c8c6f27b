import { describe, expect, it } from 'vitest';
import { BACKUP_CATCH_UP_DELAY_MS, BACKUP_RETRY_MS, dailyTimeAfter, nextBackupDue } from './next-backup-due';

const at = (iso: string) => Date.parse(iso);
const HALF_PAST_THREE = 3 * 60 + 30;

describe('dailyTimeAfter', () => {
  it.each([
    // [after, time of day, zone, next]
    ['2026-11-22T10:00:00+08:00', HALF_PAST_THREE, 'Asia/Shanghai', '2026-11-23T03:30:00+08:00'],
    ['2026-11-22T03:29:59.999+08:00', HALF_PAST_THREE, 'Asia/Shanghai', '2026-11-22T03:30:00+08:00'],
    // Exactly at the time: that one is taken, the next is tomorrow's.
    ['2026-11-22T03:30:00+08:00', HALF_PAST_THREE, 'Asia/Shanghai', '2026-11-23T03:30:00+08:00'],
    ['2026-11-22T23:59:00Z', 0, 'UTC', '2026-11-23T00:00:00Z'],
    // Spring forward in Berlin (02:00 → 03:00 on 29 March 2026): a 23-hour day, still at 03:30.
    ['2026-03-28T03:30:00+01:00', HALF_PAST_THREE, 'Europe/Berlin', '2026-03-29T03:30:00+02:00'],
    // 02:30 does not exist that night: as long after the jump as it was after 02:00.
    ['2026-03-28T12:00:00Z', 2 * 60 + 30, 'Europe/Berlin', '2026-03-29T03:30:00+02:00'],
    // Fall back (03:00 → 02:00 on 25 October 2026): a 25-hour day, still at 03:30.
    ['2026-10-24T03:30:00+02:00', HALF_PAST_THREE, 'Europe/Berlin', '2026-10-25T03:30:00+01:00'],
    // 02:30 happens twice that night: the first, and once only.
    ['2026-10-24T12:00:00Z', 2 * 60 + 30, 'Europe/Berlin', '2026-10-25T02:30:00+02:00'],
    ['2026-10-25T02:30:05+02:00', 2 * 60 + 30, 'Europe/Berlin', '2026-10-26T02:30:00+01:00'],
  ])('after %s, %i minutes past midnight in %s is %s', (after, minutes, zone, next) => {
    expect(new Date(dailyTimeAfter(at(after), minutes, zone)).toISOString()).toBe(
      new Date(at(next)).toISOString(),
    );
  });
});

describe('nextBackupDue', () => {
  const zone = 'Asia/Shanghai';
  const startedAt = at('2026-11-22T09:00:00+08:00');

  it('is at the time after the last backup while the server was running then', () => {
    const due = nextBackupDue(
      { lastBackupAt: at('2026-11-22T03:30:02+08:00'), lastFailureAt: null, startedAt },
      HALF_PAST_THREE,
      zone,
    );
    expect(due).toBe(at('2026-11-23T03:30:00+08:00'));
  });

  it('makes up a night the server was off for soon after it starts', () => {
    const due = nextBackupDue(
      { lastBackupAt: at('2026-11-21T03:30:02+08:00'), lastFailureAt: null, startedAt },
      HALF_PAST_THREE,
      zone,
    );
    expect(due).toBe(startedAt + BACKUP_CATCH_UP_DELAY_MS);
  });

  it('makes the first backup of all soon after the start', () => {
    expect(nextBackupDue({ lastBackupAt: null, lastFailureAt: null, startedAt }, HALF_PAST_THREE, zone)).toBe(
      startedAt + BACKUP_CATCH_UP_DELAY_MS,
    );
  });

  it('retries a failed backup an hour later', () => {
    const failed = at('2026-11-23T03:30:01+08:00');
    const due = nextBackupDue(
      { lastBackupAt: at('2026-11-22T03:30:02+08:00'), lastFailureAt: failed, startedAt },
      HALF_PAST_THREE,
      zone,
    );
    expect(due).toBe(failed + BACKUP_RETRY_MS);
  });
});
