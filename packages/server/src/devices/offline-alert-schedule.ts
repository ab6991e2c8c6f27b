import { ONLINE_WINDOW_MS } from '@kassa/api';
import { everyInterval } from '../every-interval';
import type { KassaContext } from '../kassa-context';
import { raiseOfflineAlerts } from './offline-alerts';

/** How often registers are checked for being offline too long. */
export const OFFLINE_CHECK_EVERY_MS = 5 * 60 * 1000;
/**
 * The first check comes this long after the server starts: registers that were only cut off by
 * the server being down reconnect within it (they send a heartbeat every minute) and raise nothing.
 */
export const OFFLINE_CHECK_START_DELAY_MS = ONLINE_WINDOW_MS;
/** How often the schedule looks at the clock; a sleeping machine or a changed clock is noticed within this. */
const TICK_MS = 60_000;

/** Where the schedule reports (the server's pino logger fits). */
export type OfflineAlertLog = {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
};

/** Options of {@link startOfflineAlertSchedule}. */
export type OfflineAlertScheduleOptions = {
  readonly ctx: KassaContext;
  readonly log: OfflineAlertLog;
  /**
   * Calls `check` every `ms` until the returned function is called: an unref'd `setInterval` by
   * default; tests pass their own and call `check` when they have moved the clock.
   */
  readonly every?: (ms: number, check: () => Promise<void>) => () => void;
};

/** The running offline check. */
export type OfflineAlertSchedule = {
  /** Stops checking and waits for a check in progress; call before closing the database. */
  stop(): Promise<void>;
};

/**
 * Checks every 5 minutes, the first time 2 minutes after the start, for registers offline longer
 * than their store allows, and alerts the owner once per outage ({@link raiseOfflineAlerts}). A
 * failure is logged and tried again at the next check.
 */
export function startOfflineAlertSchedule(options: OfflineAlertScheduleOptions): OfflineAlertSchedule {
  const { ctx, log } = options;
  let due = ctx.clock() + OFFLINE_CHECK_START_DELAY_MS;
  let running: Promise<void> | null = null;
  let stopped = false;

  const run = async () => {
    const raised = await raiseOfflineAlerts(ctx);
    if (raised > 0) log.info({ raised }, 'registers offline too long: owner alerted');
  };
  const check = async () => {
    if (stopped || running || ctx.clock() < due) return;
    due = ctx.clock() + OFFLINE_CHECK_EVERY_MS;
    try {
      running = run();
      await running;
    } catch (error) {
      log.error({ err: error }, 'checking for offline registers failed');
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
