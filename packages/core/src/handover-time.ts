import { daysFromCivil } from './civil-date';
import { wallClock } from './wall-clock';

const MINUTE_MS = 60_000;

/** 'HH:MM' (24-hour, e.g. '14:00') → minutes after local midnight, or null when it is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** How far the wall clock of `timeZone` is ahead of UTC at `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const c = wallClock(at, timeZone);
  const wallMs = (daysFromCivil(c.year, c.month, c.day) * 24 * 60 + c.hour * 60 + c.minute) * MINUTE_MS;
  return wallMs + c.second * 1000 - (at - (at % 1000));
}

/**
 * The instant the wall clock of `timeZone` shows `minutes` after midnight, `dayOffset` days after
 * the local date of `at`. The offset is taken twice so a DST change between `at` and the result
 * is honoured; a time a DST jump skips falls on the instant just after the jump.
 */
function localInstant(at: number, timeZone: string, dayOffset: number, minutes: number): number {
  const c = wallClock(at, timeZone);
  const wallMs = ((daysFromCivil(c.year, c.month, c.day) + dayOffset) * 24 * 60 + minutes) * MINUTE_MS;
  const first = wallMs - offsetAt(at, timeZone);
  return wallMs - offsetAt(first, timeZone);
}

/**
 * When a shift opened at `openedAt` is due for handover (自动交班): the first of the store's
 * handover `times` ('HH:MM' on its wall clock) strictly after the opening. Null without times.
 * A shift opened at 13:55 with handover at 14:00 and 22:00 is due at 14:00 the same day; one
 * opened at 22:30 is due at 14:00 the next day.
 * @throws RangeError on a time that is not 'HH:MM' or an unknown time zone.
 */
export function nextHandover(openedAt: number, times: readonly string[], timeZone: string): number | null {
  let due: number | null = null;
  for (const time of times) {
    const minutes = parseTimeOfDay(time);
    if (minutes === null) throw new RangeError(`not a time of day: ${time}`);
    for (const dayOffset of [0, 1, 2]) {
      const at = localInstant(openedAt, timeZone, dayOffset, minutes);
      if (at > openedAt) {
        if (due === null || at < due) due = at;
        break;
      }
    }
  }
  return due;
}
