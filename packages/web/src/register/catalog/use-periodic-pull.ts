import { useEffect } from 'react';

/** How often a visible, online register asks for catalogue changes. */
export const PULL_EVERY_MS = 60_000;

/**
 * Calls `pull` every {@link PULL_EVERY_MS} while the page is visible and the browser online, at
 * once when the network comes back, and when the page is shown again after a pull fell due while
 * it was hidden (a register in a background tab asks nothing of the server).
 */
export function usePeriodicPull(pull: () => void, everyMs = PULL_EVERY_MS): void {
  useEffect(() => {
    let last = Date.now();
    const canPull = () => document.visibilityState === 'visible' && navigator.onLine;
    const run = () => {
      last = Date.now();
      pull();
    };
    const timer = setInterval(() => {
      if (canPull()) run();
    }, everyMs);
    const onOnline = () => {
      if (canPull()) run();
    };
    const onVisibility = () => {
      if (canPull() && Date.now() - last >= everyMs) run();
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [pull, everyMs]);
}
