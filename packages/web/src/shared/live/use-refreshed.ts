import { useCallback, useEffect, useRef, useState } from 'react';

/** A load that has not answered by then counts as failed, so a hung request cannot freeze the screen. */
const LOAD_TIMEOUT_MS = 15_000;

function withTimeout<T>(load: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), LOAD_TIMEOUT_MS);
  });
  return Promise.race([load, timeout]).finally(() => clearTimeout(timer));
}

export type Refreshed<T> = {
  /** The latest answer; kept while a refresh is under way or after one failed. */
  readonly data: T | null;
  /** The last refresh's failure, cleared by the next success. */
  readonly error: unknown;
  /** Asks for fresh data: at most one load runs at a time, and asks during it make one more after. */
  readonly refresh: () => void;
};

/**
 * Data a live screen keeps fresh: loaded once, then again on every `refresh()` (a pushed event) and
 * every `everyMs` (figures that move with the clock, such as "last week up to this hour"). A burst of
 * events costs two loads, not one per event; an answer from a superseded `key` is dropped.
 */
export function useRefreshed<T>(key: string, load: () => Promise<T>, everyMs: number): Refreshed<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const state = useRef({ running: false, again: false, key, load, mounted: true });
  state.current.load = load;

  const run = useCallback(() => {
    const s = state.current;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = true;
    const forKey = s.key;
    withTimeout(s.load())
      .then(
        (value) => {
          if (state.current.key !== forKey) return;
          setData(value);
          setError(null);
        },
        (failure: unknown) => {
          if (state.current.key === forKey) setError(failure);
        },
      )
      .finally(() => {
        s.running = false;
        if (s.again && s.mounted) {
          s.again = false;
          run();
        }
      });
  }, []);

  useEffect(() => {
    state.current.mounted = true;
    return () => {
      state.current.mounted = false;
    };
  }, []);

  useEffect(() => {
    state.current.key = key;
    setData(null);
    run();
    const timer = setInterval(run, everyMs);
    return () => clearInterval(timer);
  }, [key, everyMs, run]);

  return { data, error, refresh: run };
}
