import { assertSafeInteger } from './rounding';
import { wallClock } from './wall-clock';

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The proleptic Gregorian date of a day count since 1970-01-01 (civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

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
