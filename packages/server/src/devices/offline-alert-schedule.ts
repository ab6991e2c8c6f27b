import { ONLINE_WINDOW_MS } from '@kassa/api';
import type { KassaContext } from '../kassa-context';
import {
  type CheckLog,
  type PeriodicCheck,
  type PeriodicCheckOptions,
  startPeriodicCheck,
} from '../periodic-check';
import { raiseOfflineAlerts } from './offline-alerts';

/** How often registers are checked for being offline too long. */
export const OFFLINE_CHECK_EVERY_MS = 5 * 60 * 1000;
/**
 * The first check comes this long after the server starts: registers that were only cut off by
 * the server being down reconnect within it (they send a heartbeat every minute) and raise nothing.
 */
export const OFFLINE_CHECK_START_DELAY_MS = ONLINE_WINDOW_MS;

/** Where the schedule reports (the server's pino logger fits). */
export type OfflineAlertLog = CheckLog;

/** Options of {@link startOfflineAlertSchedule}. */
export type OfflineAlertScheduleOptions = {
  readonly ctx: KassaContext;
  readonly log: OfflineAlertLog;
  /** How the schedule ticks (see {@link PeriodicCheckOptions.every}); tests pass their own. */
  readonly every?: PeriodicCheckOptions['every'];
};

/** The running offline check. */
export type OfflineAlertSchedule = PeriodicCheck;

/**
 * Checks every 5 minutes, the first time 2 minutes after the start, for registers offline longer
 * than their store allows, and alerts the owner once per outage ({@link raiseOfflineAlerts}). A
 * failure is logged and tried again at the next check.
 */
export function startOfflineAlertSchedule(options: OfflineAlertScheduleOptions): OfflineAlertSchedule {
  const { ctx, log } = options;
  return startPeriodicCheck({
    clock: ctx.clock,
    log,
    startDelayMs: OFFLINE_CHECK_START_DELAY_MS,
    everyMs: OFFLINE_CHECK_EVERY_MS,
    run: async () => {
      const raised = await raiseOfflineAlerts(ctx);
      if (raised > 0) log.info({ raised }, 'registers offline too long: owner alerted');
    },
    failure: 'checking for offline registers failed',
    every: options.every,
  });
}
