import { describe, expect, it } from 'vitest';
import { formatWallClock, wallClock } from './wall-clock';

describe('wallClock', () => {
  it('reads the clock of the time zone, not of the machine', () => {
    // 2026-11-22T09:03:05Z is 17:03:05 in Shanghai (UTC+8, no DST) and 04:03:05 in New York (UTC−5).
    const at = 1_795_338_185_000; // 2026-11-22T09:03:05Z
    expect(wallClock(at, 'Asia/Shanghai')).toEqual({
      year: 2026,
      month: 11,
      day: 22,
      hour: 17,
      minute: 3,
      second: 5,
    });
    expect(formatWallClock(at, 'America/New_York')).toBe('2026-11-22 04:03:05');
  });

  it('shows midnight as 00, not 24', () => {
    expect(formatWallClock(1_767_283_200_000 /* 2026-01-01T16:00:00Z */, 'Asia/Shanghai')).toBe(
      '2026-01-02 00:00:00',
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() => wallClock(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});
