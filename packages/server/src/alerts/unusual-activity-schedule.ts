import type { KassaContext } from '../kassa-context';
import {
  type CheckLog,
  type PeriodicCheck,
  type PeriodicCheckOptions,
  startPeriodicCheck,
} from '../periodic-check';
import { raiseUnusualActivityAlerts } from './unusual-activity-alerts';

/** How often the cashiers' refunds, voids and no-sales are looked at. */
export const UNUSUAL_CHECK_EVERY_MS = 10 * 60 * 1000;
/** The first look, after the server has settled (rollups rebuilt, registers reconnected). */
export const UNUSUAL_CHECK_START_DELAY_MS = 60 * 1000;

/** Options of {@link startUnusualActivitySchedule}. */
export type UnusualActivityScheduleOptions = {
  readonly ctx: KassaContext;
  readonly log: CheckLog;
  /** How the schedule ticks (see {@link PeriodicCheckOptions.every}); tests pass their own. */
  readonly every?: PeriodicCheckOptions['every'];
};

/**
 * Looks every 10 minutes, the first time a minute after the start, for cashiers with unusually
 * many refunds, voids or no-sales today or on the day just closed, and alerts the owner once per
 * cashier, kind and day ({@link raiseUnusualActivityAlerts}). A failure is logged and tried again.
 */
export function startUnusualActivitySchedule(options: UnusualActivityScheduleOptions): PeriodicCheck {
  const { ctx, log } = options;
  return startPeriodicCheck({
    clock: ctx.clock,
    log,
    startDelayMs: UNUSUAL_CHECK_START_DELAY_MS,
    everyMs: UNUSUAL_CHECK_EVERY_MS,
    run: async () => {
      const raised = await raiseUnusualActivityAlerts(ctx);
      if (raised > 0) log.info({ raised }, 'unusual cashier activity: owner alerted');
    },
    failure: 'checking for unusual cashier activity failed',
    every: options.every,
  });
}
