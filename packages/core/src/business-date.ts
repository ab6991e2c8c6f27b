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

/** The business date after `date` ('YYYY-MM-DD'): '2024-02-28' → '2024-02-29', '2024-12-31' → '2025-01-01'. */
export function nextBusinessDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a business date: ${date}`);
  return formatCivil(daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3])) + 1);
}

function formatCivil(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
