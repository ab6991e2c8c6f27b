import { everyInterval } from './every-interval';

/** How often a periodic check looks at the clock; a sleeping machine or a changed clock is noticed within this. */
const TICK_MS = 60_000;

/** Where a periodic check reports (the server's pino logger fits). */
export type CheckLog = {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
};

/** Options of {@link startPeriodicCheck}. */
export type PeriodicCheckOptions = {
  /** Epoch milliseconds now: the check is due by this clock, not by timers. */
  readonly clock: () => number;
  readonly log: CheckLog;
  /** The first run comes this long after the start. */
  readonly startDelayMs: number;
  /** Then a run this long after the start of the one before. */
  readonly everyMs: number;
  /** One run; what it found is its own to log. */
  readonly run: () => Promise<void>;
  /** Logged with the error when a run fails (it is tried again at the next one). */
  readonly failure: string;
  /**
   * Calls `check` every `ms` until the returned function is called: an unref'd `setInterval` by
   * default; tests pass their own and call `check` when they have moved the clock.
   */
  readonly every?: ((ms: number, check: () => Promise<void>) => () => void) | undefined;
};

/** A running periodic check. */
export type PeriodicCheck = {
  /** Stops checking and waits for a run in progress; call before closing the database. */
  stop(): Promise<void>;
};

/**
 * Runs `run` when due by the clock — `startDelayMs` after the start, then every `everyMs` — never
 * two at once, looking every minute. A failure is logged and tried again at the next run. The
 * server's alert schedules are made of it.
 */
export function startPeriodicCheck(options: PeriodicCheckOptions): PeriodicCheck {
  const { clock, log } = options;
  let due = clock() + options.startDelayMs;
  let running: Promise<void> | null = null;
  let stopped = false;

  const check = async () => {
    if (stopped || running || clock() < due) return;
    due = clock() + options.everyMs;
    try {
      running = options.run();
      await running;
    } catch (error) {
      log.error({ err: error }, options.failure);
    } finally {
      running = null;
    }
  };

  const cancel = (options.every ?? everyInterval)(TICK_MS, check);
  return {
    async stop() {
      stopped = true;
      cancel();
      await running;
    },
  };
}
