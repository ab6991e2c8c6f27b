/**
 * Calls `check` every `ms` on an unref'd timer (a schedule alone must not keep the process alive);
 * answers the function that stops it. The default `every` of the server's schedules; their tests
 * pass their own and call `check` after moving the clock.
 */
export function everyInterval(ms: number, check: () => Promise<void>): () => void {
  const timer = setInterval(() => void check(), ms);
  timer.unref();
  return () => clearInterval(timer);
}
