import { civilFromDays, daysFromCivil } from './civil-date';
import { assertSafeInteger } from './rounding';
import { wallClock } from './wall-clock';

/**
 * The store's business date ('YYYY-MM-DD') of an instant: the local calendar date in `timeZone`,
 * except that before the cut-over (minutes after local midnight) it is still the previous day.
 * With a 04:00 cut-over (240) in Asia/Shanghai, 2024-03-02 03:59 local → '2024-03-01', 04:00 →
 * '2024-03-02'. Works on the local wall clock, so DST changes do not shift the cut-over.
 * @throws RangeError on a non-integer instant, a cut-over outside 0…1439 or an unknown time zone.
 */
export function businessDate(at: number, timeZone: string, cutoverMinutes: number): string {
  assertSafeInteger(at, 'at');
  assertSafeInteger(cutoverMinutes, 'cutoverMinutes', 0);
  if (cutoverMinutes >= 24 * 60) throw new RangeError(`cutoverMinutes must be < 1440, got ${cutoverMinutes}`);
  const { year, month, day, hour, minute } = wallClock(at, timeZone);
  const days = daysFromCivil(year, month, day) - (hour * 60 + minute < cutoverMinutes ? 1 : 0);
  return formatCivil(days);
}

/**
 * The hour slot (0–23) an instant counts in on a store's reports: its local clock hour, except that
 * with a cut-over not on the hour the minutes of that hour before the cut-over still close the
 * previous business day and count in its last hour. With a 04:30 cut-over, 04:10 → 3 (the end of
 * yesterday's business day, with 03:00–03:59), 04:40 → 4 (the start of today's). So every business
 * day's slots run in time order from the cut-over hour, and no slot holds both a day's first and
 * its last minutes. With a cut-over on the hour it is simply the local hour.
 * @throws RangeError like {@link businessDate}.
 */
export function businessHour(at: number, timeZone: string, cutoverMinutes: number): number {
  assertSafeInteger(at, 'at');
  assertSafeInteger(cutoverMinutes, 'cutoverMinutes', 0);
  if (cutoverMinutes >= 24 * 60) throw new RangeError(`cutoverMinutes must be < 1440, got ${cutoverMinutes}`);
  const { hour, minute } = wallClock(at, timeZone);
  const inCutoverHour = hour === Math.floor(cutoverMinutes / 60);
  return inCutoverHour && minute < cutoverMinutes % 60 ? (hour + 23) % 24 : hour;
}

/** The business date after `date` ('YYYY-MM-DD'): '2024-02-28' → '2024-02-29', '2024-12-31' → '2025-01-01'. */
export function nextBusinessDate(date: string): string {
  return addDays(date, 1);
}

/**
 * Days since 1970-01-01 of a date 'YYYY-MM-DD' that exists on the calendar; null for anything else
 * ('2023-02-29', '2024-13-01', '24-1-1').
 */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = daysFromCivil(year, month, day);
  const [y, m, d] = civilFromDays(days);
  return y === year && m === month && d === day ? days : null;
}

function checkedDayNumber(date: string): number {
  const days = dayNumber(date);
  if (days === null) throw new RangeError(`not a business date: ${date}`);
  return days;
}

/** The earlier of two business dates ('YYYY-MM-DD' sorts as it reads). */
export function earlierDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** `date` moved by `days` (negative: earlier). @throws RangeError on a malformed date. */
export function addDays(date: string, days: number): string {
  return formatCivil(checkedDayNumber(date) + days);
}

/** How many dates `from` to `to` covers, both included (0 when `to` is before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, checkedDayNumber(to) - checkedDayNumber(from) + 1);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(date: string): number {
  return ((((checkedDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The same date a year earlier; 29 February becomes the 28th. */
export function yearEarlier(date: string): string {
  const days = checkedDayNumber(date);
  const [y, m, d] = civilFromDays(days);
  return formatCivil(daysFromCivil(y - 1, m, m === 2 && d === 29 ? 28 : d));
}

function formatCivil(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
