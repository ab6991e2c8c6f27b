import { wallClock } from '@kassa/core';

const MINUTE_MS = 60_000;
const HALF_DAY_MS = 12 * 60 * MINUTE_MS;

/** The wall clock at `at` as if it were UTC: epoch ms of what the clock on the shop's wall shows. */
function wallMs(at: number, timeZone: string): number {
  const c = wallClock(at, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
}

/**
 * The instant at which the wall clock of `timeZone` shows `local` ('YYYY-MM-DD HH:MM', already
 * checked), as a foreign system's export writes shop time. Of the offsets in force half a day
 * either side, the earliest instant that shows it wins (in autumn's repeated hour, the first); a
 * time that spring's jump skips lands as far after the jump (01:30 → 02:30 in London), as core
 * `nextHandover` places handover times.
 * @throws RangeError on an unknown time zone.
 */
export function localInstant(local: string, timeZone: string): number {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = local.split(/[- :]/).map(Number);
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  const candidates = [-HALF_DAY_MS, HALF_DAY_MS].map(
    (side) => wanted - (wallMs(wanted + side, timeZone) - (wanted + side)),
  );
  const shows = candidates.filter((instant) => wallMs(instant, timeZone) === wanted);
  return shows.length > 0 ? Math.min(...shows) : Math.max(...candidates);
}
