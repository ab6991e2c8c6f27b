import { addDays, businessDate } from '@kassa/core';
import { createRunningTotalRepository, createStoreRepository } from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import {
  type CheckLog,
  type PeriodicCheck,
  type PeriodicCheckOptions,
  startPeriodicCheck,
} from '../periodic-check';

/** Dates of running totals one transaction adds: a store's facts wait for it, so it stays short. */
const DATES_PER_STEP = 7;
/** How often the running totals are caught up (a new business date, or a late fact). */
export const RUNNING_TOTALS_EVERY_MS = 10 * 60 * 1000;

/**
 * Keeps every store's product running totals (ADR 0013) up to the day before its business date
 * now: today and yesterday stay daily rows, as facts still come in for them (a late Z report, a
 * register back online). A fact on an earlier date moves a store's mark back, and this catches up
 * again, a week of dates per transaction. Answers how many transactions that took.
 */
export async function keepRunningTotals(ctx: Pick<KassaContext, 'db' | 'clock'>): Promise<number> {
  const running = createRunningTotalRepository(ctx.db);
  let steps = 0;
  for (const store of await createStoreRepository(ctx.db).list()) {
    const today = businessDate(ctx.clock(), store.timeZone, store.businessDayCutoverMinutes);
    const before = addDays(today, -1);
    let mark = (await running.marks([store.id])).get(store.id);
    while (mark === undefined || mark < before) {
      mark = await running.extend(store.id, before, DATES_PER_STEP);
      steps += 1;
    }
  }
  return steps;
}

/** Options of {@link startRunningTotalsSchedule}. */
export type RunningTotalsScheduleOptions = {
  readonly ctx: KassaContext;
  readonly log: CheckLog;
  /** How the schedule ticks (see {@link PeriodicCheckOptions.every}); tests pass their own. */
  readonly every?: PeriodicCheckOptions['every'];
};

/** Runs {@link keepRunningTotals} every 10 minutes (the server runs it once on start itself). */
export function startRunningTotalsSchedule(options: RunningTotalsScheduleOptions): PeriodicCheck {
  return startPeriodicCheck({
    clock: options.ctx.clock,
    log: options.log,
    startDelayMs: RUNNING_TOTALS_EVERY_MS,
    everyMs: RUNNING_TOTALS_EVERY_MS,
    run: async () => {
      await keepRunningTotals(options.ctx);
    },
    failure: 'keeping the product running totals failed',
    every: options.every,
  });
}
