import { describe, expect, it } from 'vitest';
import { daysFromCivil } from './civil-date';
import { nextHandover, parseTimeOfDay } from './handover-time';

/** 'YYYY-MM-DDTHH:MM:SSZ' as epoch ms (the core has no `Date`), so each case reads as UTC. */
const at = (iso: string) => {
  const [y, mo, d, h, mi, s] = (iso.match(/\d+/g) ?? []).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + s * 1000;
};

describe('parseTimeOfDay', () => {
  it('reads 24-hour HH:MM and nothing else', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('14:30')).toBe(870);
    expect(parseTimeOfDay('23:59')).toBe(1439);
    for (const bad of ['24:00', '9:00', '14:60', '14.30', ' 14:30', ''])
      expect(parseTimeOfDay(bad)).toBeNull();
  });
});

describe('nextHandover', () => {
  const shanghai = 'Asia/Shanghai'; // UTC+8, no DST

  it('is the first handover time after the shift opened, on the store wall clock', () => {
    // Opened 08:00 in Shanghai (00:00 UTC): due at 14:00 Shanghai = 06:00 UTC.
    expect(nextHandover(at('2026-11-22T00:00:00Z'), ['14:00', '22:00'], shanghai)).toBe(
      at('2026-11-22T06:00:00Z'),
    );
    // Opened 14:00:01: the 14:00 handover is past, so 22:00.
    expect(nextHandover(at('2026-11-22T06:00:01Z'), ['22:00', '14:00'], shanghai)).toBe(
      at('2026-11-22T14:00:00Z'),
    );
  });

  it('rolls over to the next day after the last handover time, also across a month end', () => {
    // Opened 22:30 on 30 November in Shanghai: due 14:00 on 1 December.
    expect(nextHandover(at('2026-11-30T14:30:00Z'), ['14:00', '22:00'], shanghai)).toBe(
      at('2026-12-01T06:00:00Z'),
    );
  });

  it('keeps the wall-clock time across a DST change', () => {
    // Berlin leaves summer time on 25 October 2026 at 03:00 → 02:00. Opened 20:00 CEST on the
    // 24th (18:00 UTC); a 06:00 handover is 06:00 CET on the 25th = 05:00 UTC, not 04:00.
    expect(nextHandover(at('2026-10-24T18:00:00Z'), ['06:00'], 'Europe/Berlin')).toBe(
      at('2026-10-25T05:00:00Z'),
    );
  });

  it('skips a handover time within half an hour of the opening: the shift opened early for it', () => {
    // Opened 13:50 Shanghai (05:50 UTC): not 14:00 but 22:00 (14:00 UTC).
    expect(nextHandover(at('2026-11-22T05:50:00Z'), ['14:00', '22:00'], shanghai)).toBe(
      at('2026-11-22T14:00:00Z'),
    );
    // Opened 13:29: 14:00 is 31 minutes away, so it is this shift's.
    expect(nextHandover(at('2026-11-22T05:29:00Z'), ['14:00', '22:00'], shanghai)).toBe(
      at('2026-11-22T06:00:00Z'),
    );
  });

  it("puts a time that spring skips after the jump, and takes the first of autumn's repeated hour", () => {
    // Berlin springs 02:00 → 03:00 on 29 March 2026: 02:30 does not exist; it is 03:30 CEST = 01:30 UTC.
    expect(nextHandover(at('2026-03-28T20:00:00Z'), ['02:30'], 'Europe/Berlin')).toBe(
      at('2026-03-29T01:30:00Z'),
    );
    // On 25 October 02:30 happens twice (CEST, then CET): the first is 00:30 UTC.
    expect(nextHandover(at('2026-10-24T20:00:00Z'), ['02:30'], 'Europe/Berlin')).toBe(
      at('2026-10-25T00:30:00Z'),
    );
  });

  it('is null without handover times, and refuses a time that is not HH:MM', () => {
    expect(nextHandover(at('2026-11-22T00:00:00Z'), [], shanghai)).toBeNull();
    expect(() => nextHandover(0, ['2pm'], shanghai)).toThrow(RangeError);
  });
});
