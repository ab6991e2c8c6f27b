import { describe, expect, it } from 'vitest';
import {
  addDays,
  businessDate,
  businessHour,
  dayNumber,
  daysBetween,
  earlierDate,
  isoWeekday,
  nextBusinessDate,
  yearEarlier,
} from './business-date';

// Epoch ms of UTC wall-clock times (core tests may not touch Date either).
const MAR_1_2024 = 1_709_251_200_000; // 2024-03-01T00:00Z
const DEC_31_2023 = 1_703_980_800_000; // 2023-12-31T00:00Z
const FEB_29_2024 = 1_709_164_800_000; // 2024-02-29T00:00Z
const MAR_10_2024 = 1_710_028_800_000; // 2024-03-10T00:00Z
const JUN_1_2024 = 1_717_200_000_000; // 2024-06-01T00:00Z
const utcAt = (midnight: number, h: number, mi: number): number => midnight + (h * 60 + mi) * 60_000;

describe('businessDate', () => {
  it.each([
    // Shanghai is UTC+8: 2024-03-01 19:59Z = 2024-03-02 03:59 local, before a 04:00 cut-over.
    [utcAt(MAR_1_2024, 19, 59), 'Asia/Shanghai', 240, '2024-03-01'],
    [utcAt(MAR_1_2024, 20, 0), 'Asia/Shanghai', 240, '2024-03-02'],
    [utcAt(MAR_1_2024, 16, 0), 'Asia/Shanghai', 0, '2024-03-02'], // local midnight, no cut-over
    [utcAt(DEC_31_2023, 19, 30), 'Asia/Shanghai', 240, '2023-12-31'], // 2024-01-01 03:30 local: still 2023
    [utcAt(FEB_29_2024, 19, 0), 'Asia/Shanghai', 240, '2024-02-29'], // 03:00 on 1 March → leap day
    // New York 2024-03-10 is the spring-forward day: 02:00 → 03:00 EDT. 03:30 EDT = 07:30Z is still
    // before a 04:00 cut-over on the wall clock, whatever the UTC offset did overnight.
    [utcAt(MAR_10_2024, 7, 30), 'America/New_York', 240, '2024-03-09'],
    [utcAt(MAR_10_2024, 8, 0), 'America/New_York', 240, '2024-03-10'],
    [utcAt(JUN_1_2024, 12, 0), 'UTC', 240, '2024-06-01'],
  ])('%i in %s with cut-over %i → %s', (at, zone, cutover, date) => {
    expect(businessDate(at, zone, cutover)).toBe(date);
  });

  it('refuses bad input', () => {
    expect(() => businessDate(0, 'Asia/Shanghai', 1440)).toThrow(RangeError);
    expect(() => businessDate(0, 'Asia/Shanghai', -1)).toThrow(RangeError);
    expect(() => businessDate(0.5, 'Asia/Shanghai', 0)).toThrow(RangeError);
    expect(() => businessDate(0, 'Mars/Olympus', 0)).toThrow(RangeError);
  });
});

describe('earlierDate', () => {
  it('takes the earlier date across months and years', () => {
    expect(earlierDate('2025-12-31', '2026-01-01')).toBe('2025-12-31');
    expect(earlierDate('2026-02-01', '2026-01-31')).toBe('2026-01-31');
    expect(earlierDate('2026-03-05', '2026-03-05')).toBe('2026-03-05');
  });
});

describe('businessHour', () => {
  it.each([
    // Shanghai, 2024-03-02 local. On the hour (04:00) the slot is the local hour.
    [utcAt(MAR_1_2024, 20, 10), 240, 4],
    [utcAt(MAR_1_2024, 19, 59), 240, 3],
    // A 04:30 cut-over: 04:10 still closes 1 March and counts in its last slot, 03; 04:40 opens 2 March.
    [utcAt(MAR_1_2024, 20, 10), 270, 3],
    [utcAt(MAR_1_2024, 20, 40), 270, 4],
    [utcAt(MAR_1_2024, 21, 10), 270, 5],
    // A 00:30 cut-over: 00:10 counts in the previous day's 23.
    [utcAt(MAR_1_2024, 16, 10), 30, 23],
    [utcAt(MAR_1_2024, 16, 30), 30, 0],
  ])('%i with cut-over %i → %i', (at, cutover, hour) => {
    expect(businessHour(at, 'Asia/Shanghai', cutover)).toBe(hour);
  });

  it('agrees with businessDate: the early minutes of the cut-over hour belong to the day before', () => {
    const early = utcAt(MAR_1_2024, 20, 10); // 2024-03-02 04:10 local
    expect([businessDate(early, 'Asia/Shanghai', 270), businessHour(early, 'Asia/Shanghai', 270)]).toEqual([
      '2024-03-01',
      3,
    ]);
    expect(() => businessHour(0, 'Asia/Shanghai', 1440)).toThrow(RangeError);
  });
});

describe('nextBusinessDate', () => {
  it('steps over month, leap-day and year ends', () => {
    expect(nextBusinessDate('2024-02-28')).toBe('2024-02-29');
    expect(nextBusinessDate('2023-02-28')).toBe('2023-03-01');
    expect(nextBusinessDate('2024-12-31')).toBe('2025-01-01');
    expect(() => nextBusinessDate('2024-1-1')).toThrow(RangeError);
  });
});

describe('date arithmetic on business dates', () => {
  it('knows which dates exist', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-02-29')).toBe(19_782);
    expect(dayNumber('2023-02-29')).toBeNull();
    expect(dayNumber('2024-13-01')).toBeNull();
    expect(dayNumber('2024-1-1')).toBeNull();
  });

  it('moves by days across months and years, and counts a range with both ends', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-25', 7)).toBe('2025-01-01');
    expect(daysBetween('2024-02-01', '2024-02-29')).toBe(29);
    expect(daysBetween('2024-02-02', '2024-02-01')).toBe(0);
  });

  it('names ISO weekdays: 2024-03-04 is a Monday, 2024-03-10 a Sunday', () => {
    expect(isoWeekday('2024-03-04')).toBe(1);
    expect(isoWeekday('2024-03-10')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
  });

  it('goes a year back; 29 February becomes the 28th', () => {
    expect(yearEarlier('2024-02-29')).toBe('2023-02-28');
    expect(yearEarlier('2025-11-22')).toBe('2024-11-22');
  });
});
