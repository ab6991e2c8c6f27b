import type { StockCount } from '@kassa/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../shared/api';

/** How often an open count is read again: the other counters' tallies come in meanwhile. */
const REFRESH_MS = 10_000;

export type CountState = {
  readonly count: StockCount | null;
  /** Why it could not be read (the last time). */
  readonly error: unknown;
  /** Reads the count again now. */
  readonly reload: () => Promise<void>;
  /** Shows the count as an answer to a change (a tally sent, a recount) returned it. */
  readonly show: (count: StockCount) => void;
};

/**
 * One count, kept fresh while it is open and the page is in view, so each counter sees what the
 * others found. An answer is shown only if nothing newer was asked for since: a slow read started
 * before a change must not undo it on screen.
 */
export function useCount(countId: string): CountState {
  const [count, setCount] = useState<StockCount | null>(null);
  const [error, setError] = useState<unknown>(null);
  const asked = useRef(0);
  const shown = useRef(0);
  const accept = useCallback((turn: number, next: StockCount) => {
    if (turn < shown.current) return;
    shown.current = turn;
    setCount(next);
    setError(null);
  }, []);
  const reload = useCallback(async () => {
    asked.current += 1;
    const turn = asked.current;
    try {
      accept(turn, await api.call('getStockCount', { params: { countId } }));
    } catch (failure) {
      setError(failure);
    }
  }, [countId, accept]);
  const show = useCallback(
    (next: StockCount) => {
      asked.current += 1;
      accept(asked.current, next);
    },
    [accept],
  );
  useEffect(() => void reload(), [reload]);
  const open = count?.status === 'counting';
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [open, reload]);
  return { count, error, reload, show };
}
