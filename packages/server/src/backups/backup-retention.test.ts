import { describe, expect, it } from 'vitest';
import { backupsToKeep } from './backup-retention';

const DAY = 86_400_000;
/** 'YYYY-MM-DD' of a UTC instant. */
const dateOf = (at: number) => new Date(at).toISOString().slice(0, 10);
/** One backup a day at 19:30 UTC (03:30 in Shanghai) from `first` for `days` days. */
function daily(first: string, days: number): { at: number }[] {
  const start = Date.parse(`${first}T19:30:00Z`);
  return Array.from({ length: days }, (_, i) => ({ at: start + i * DAY }));
}

describe('backupsToKeep', () => {
  it('keeps the week, four Sundays and the month-ends of a year of nightly backups', () => {
    // 2025-12-01 … 2026-11-22 (a Sunday), every night.
    const kept = backupsToKeep(daily('2025-12-01', 357), 'UTC').map((backup) => dateOf(backup.at));
    expect(kept).toEqual([
      // 7 daily: the last seven days.
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
      '2026-11-18',
      '2026-11-17',
      '2026-11-16',
      // 4 weekly: the newest of ISO weeks 47 (already kept), 46, 45 and 44 — their Sundays.
      '2026-11-15',
      '2026-11-08',
      '2026-11-01',
      // 12 monthly: November (already kept), then the last day of each month back to December.
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
      '2026-07-31',
      '2026-06-30',
      '2026-05-31',
      '2026-04-30',
      '2026-03-31',
      '2026-02-28',
      '2026-01-31',
      '2025-12-31',
    ]);
  });

  it('keeps only the newest backup of a day with several', () => {
    const morning = Date.parse('2026-11-22T01:00:00Z');
    const backups = [{ at: morning }, { at: morning + 3_600_000 }, { at: morning + 7_200_000 }];
    expect(backupsToKeep(backups, 'UTC')).toEqual([{ at: morning + 7_200_000 }]);
  });

  it('counts only days with a backup: a shop closed for two weeks still keeps 7 daily ones', () => {
    // 1–10 November, closed 11–24, then 25 and 26 November.
    const backups = [...daily('2026-11-01', 10), ...daily('2026-11-25', 2)];
    expect(backupsToKeep(backups, 'UTC').map((backup) => dateOf(backup.at))).toEqual([
      '2026-11-26',
      '2026-11-25',
      '2026-11-10',
      '2026-11-09',
      '2026-11-08',
      '2026-11-07',
      '2026-11-06',
      // weekly: week 48 and 46 are kept already; week 45's newest is Sunday the 8th (kept); week 44's is the 1st.
      '2026-11-01',
    ]);
  });

  it('takes ISO weeks from Monday to Sunday, across a new year', () => {
    // Monday 2026-12-28 is in ISO week 2026-W53, which runs to Sunday 2027-01-03.
    const backups = [
      { at: Date.parse('2026-12-27T12:00:00Z') }, // Sunday, W52
      { at: Date.parse('2026-12-28T12:00:00Z') }, // Monday, W53
      { at: Date.parse('2027-01-03T12:00:00Z') }, // Sunday, W53
      { at: Date.parse('2027-01-04T12:00:00Z') }, // Monday, 2027-W01
    ];
    expect(
      backupsToKeep(backups, 'UTC', { daily: 0, weekly: 4, monthly: 0 }).map((b) => dateOf(b.at)),
    ).toEqual(['2027-01-04', '2027-01-03', '2026-12-27']);
  });

  it("counts the days of the shop's calendar, not UTC's", () => {
    // 10:10 and 03:30 the next morning in Shanghai: one UTC day (22 November), two local ones.
    const backups = [{ at: Date.parse('2026-11-22T02:10:00Z') }, { at: Date.parse('2026-11-22T19:30:00Z') }];
    expect(backupsToKeep(backups, 'Asia/Shanghai')).toEqual([...backups].reverse());
    expect(backupsToKeep(backups, 'UTC')).toEqual([backups[1]]);
  });

  it('keeps nothing of nothing', () => {
    expect(backupsToKeep([], 'UTC')).toEqual([]);
  });
});
