import { nextHandover } from '@kassa/core';
import { useCallback, useEffect, useMemo, useState } from 'react';

/** How long "later" puts a due handover off. */
export const HANDOVER_SNOOZE_MS = 10 * 60_000;
/** How long a finished sale's receipt and change keep the prompt away (the customer is still there). */
const RECEIPT_QUIET_MS = 60_000;
/** The longest single wait: a computer that slept wakes the check up within this. */
const MAX_WAIT_MS = 60_000;

/**
 * Automatic shift handover (自动交班): when the first of the register's handover times after the
 * shift opened has come, `prompt` turns true, but only while the register is `idle` (no ticket
 * being rung up: a handover never interrupts a sale) and not in the minute after a sale, while
 * the receipt shows and the change is handed back. `snooze` puts it off for 10 minutes.
 */
export function useHandover(
  openedAt: number,
  times: readonly string[],
  timeZone: string,
  idle: boolean,
  receiptShowing: boolean,
) {
  const due = useMemo(() => {
    try {
      return nextHandover(openedAt, times, timeZone);
    } catch {
      return null; // times the server accepted are valid; anything else means no handover
    }
  }, [openedAt, times, timeZone]);
  const [snoozedUntil, setSnoozedUntil] = useState(0);
  const [receiptSince, setReceiptSince] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => setReceiptSince(receiptShowing ? Date.now() : null), [receiptShowing]);

  useEffect(() => {
    if (due === null) return;
    const wakeAt = Math.max(due, snoozedUntil, receiptSince === null ? 0 : receiptSince + RECEIPT_QUIET_MS);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const current = Date.now();
      setNow(current);
      if (wakeAt > current) timer = setTimeout(check, Math.min(wakeAt - current, MAX_WAIT_MS));
    };
    check();
    return () => clearTimeout(timer);
  }, [due, snoozedUntil, receiptSince]);

  const snooze = useCallback(() => setSnoozedUntil(Date.now() + HANDOVER_SNOOZE_MS), []);
  const quiet = receiptSince === null || now >= receiptSince + RECEIPT_QUIET_MS;
  const isDue = due !== null && now >= due && now >= snoozedUntil;
  return { due, prompt: isDue && idle && quiet, snooze };
}
