import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_RETENTION, backupsToKeep } from './backup-retention';

/** Backups over about three years, often several a day. */
const backups = fc
  .array(fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-12-31T23:59:59Z') }), {
    maxLength: 400,
  })
  .map((times) => times.map((at) => ({ at })));

/** A few calendars: UTC, east of it, west of it with DST. */
const zones = fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York');
/** The local day of an instant, as a comparable string. */
const localDay = (at: number, zone: string) => new Date(at).toLocaleDateString('en-CA', { timeZone: zone });

describe('backupsToKeep (properties)', () => {
  it('keeps some of the given backups, the newest always, and at most 7 + 4 + 12', () => {
    fc.assert(
      fc.property(backups, zones, (all, zone) => {
        const kept = backupsToKeep(all, zone);
        for (const backup of kept) expect(all).toContain(backup);
        expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
        if (all.length > 0) expect(kept[0]?.at).toBe(Math.max(...all.map((backup) => backup.at)));
      }),
    );
  });

  it('keeps the newest backup of each of the 7 most recent days that have one', () => {
    fc.assert(
      fc.property(backups, zones, (all, zone) => {
        const kept = new Set(backupsToKeep(all, zone));
        const days = [...new Set(all.map((backup) => localDay(backup.at, zone)))].sort().reverse();
        for (const day of days.slice(0, BACKUP_RETENTION.daily)) {
          const newest = all
            .filter((backup) => localDay(backup.at, zone) === day)
            .reduce((a, b) => (b.at > a.at ? b : a));
          expect(kept.has(newest)).toBe(true);
        }
      }),
    );
  });

  it('is stable: applied to what it kept, it keeps all of it', () => {
    fc.assert(
      fc.property(backups, zones, (all, zone) => {
        const kept = backupsToKeep(all, zone);
        expect(backupsToKeep(kept, zone)).toEqual(kept);
      }),
    );
  });
});
