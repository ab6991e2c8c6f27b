import { nextHandover } from '@kassa/core';
import { useCallback, useEffect, useMemo, useState } from 'react';

/** How long "later" puts a due handover off. */
export const HANDOVER_SNOOZE_MS = 10 * 60_000;
/** The longest single wait: a computer that slept wakes the check up within this. */
const MAX_WAIT_MS = 60_000;

/**
 * Automatic shift handover (自动交班): when the first of the register's handover times after the
 * shift opened has come, `prompt` turns true, but only while the register is `idle` (no ticket
 * being rung up: a handover never interrupts a sale). `snooze` puts it off for 10 minutes.
 */
export function useHandover(openedAt: number, times: readonly string[], timeZone: string, idle: boolean) {
  const due = useMemo(() => {
    try {
      return nextHandover(openedAt, times, timeZone);
    } catch {
      return null; // times the server accepted are valid; anything else means no handover
    }
  }, [openedAt, times, timeZone]);
  const [snoozedUntil, setSnoozedUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (due === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const current = Date.now();
      setNow(current);
      const wait = Math.max(due, snoozedUntil) - current;
      if (wait > 0) timer = setTimeout(check, Math.min(wait, MAX_WAIT_MS));
    };
    check();
    return () => clearTimeout(timer);
  }, [due, snoozedUntil]);

  const snooze = useCallback(() => setSnoozedUntil(Date.now() + HANDOVER_SNOOZE_MS), []);
  const isDue = due !== null && now >= due && now >= snoozedUntil;
  return { due, prompt: isDue && idle, snooze };
}
