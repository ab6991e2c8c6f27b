import { daysFromCivil } from './civil-date';
import { wallClock } from './wall-clock';

const MINUTE_MS = 60_000;
const HALF_DAY_MS = 12 * 60 * MINUTE_MS;
/**
 * A handover time this soon after a shift opened is not its own: the shift opened early for it
 * (the afternoon cashier opening at 13:50 for a 14:00 handover) and hands over at the next one.
 */
export const HANDOVER_GRACE_MS = 30 * MINUTE_MS;

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
 * the local date of `at`. The offsets half a day either side cover any DST change that day: of the
 * instants they give, the earliest that shows the wanted time wins (in autumn's repeated hour, the
 * first), and a time spring's jump skips falls as far after the jump as it was after the hour that
 * is skipped (02:30 → 03:30), as clocks and people do.
 */
function localInstant(at: number, timeZone: string, dayOffset: number, minutes: number): number {
  const c = wallClock(at, timeZone);
  const wallMs = ((daysFromCivil(c.year, c.month, c.day) + dayOffset) * 24 * 60 + minutes) * MINUTE_MS;
  const candidates = [-HALF_DAY_MS, HALF_DAY_MS].map((side) => wallMs - offsetAt(wallMs + side, timeZone));
  const shows = candidates.filter((instant) => {
    const w = wallClock(instant, timeZone);
    return w.hour * 60 + w.minute === minutes;
  });
  return shows.length > 0 ? Math.min(...shows) : Math.max(...candidates);
}

/**
 * When a shift opened at `openedAt` is due for handover (自动交班): the first of the store's
 * handover `times` ('HH:MM' on its wall clock) more than {@link HANDOVER_GRACE_MS} after the
 * opening. Null without times. With handovers at 14:00 and 22:00, a shift opened at 08:00 is due at
 * 14:00; one opened at 13:50 (early for the afternoon) at 22:00; one opened at 22:30 at 14:00 the
 * next day.
 * @throws RangeError on a time that is not 'HH:MM' or an unknown time zone.
 */
export function nextHandover(openedAt: number, times: readonly string[], timeZone: string): number | null {
  let due: number | null = null;
  for (const time of times) {
    const minutes = parseTimeOfDay(time);
    if (minutes === null) throw new RangeError(`not a time of day: ${time}`);
    for (const dayOffset of [0, 1, 2]) {
      const at = localInstant(openedAt, timeZone, dayOffset, minutes);
      if (at > openedAt + HANDOVER_GRACE_MS) {
        if (due === null || at < due) due = at;
        break;
      }
    }
  }
  return due;
}
