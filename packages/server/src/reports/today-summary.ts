import type { TodaySummary } from '@kassa/api';
import { addDays, businessDate, businessHour } from '@kassa/core';
import {
  createAlertRepository,
  createReportReads,
  createRollupRepository,
  type RollupMeasures,
  type Store,
} from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import type { KassaContext } from '../kassa-context';
import { addMeasures, toReportMeasures } from './report-measures';
import { reportStores } from './report-stores';

const recentSales = 10;

/**
 * The store's business-day hour slots in time order: from the cut-over hour round to the one before
 * it (core `businessHour` puts the minutes before a cut-over not on the hour in that last one).
 */
function dayHours(store: Store): string[] {
  const first = Math.floor(store.businessDayCutoverMinutes / 60);
  return Array.from({ length: 24 }, (_, i) => String((first + i) % 24).padStart(2, '0'));
}

type StoreDay = {
  readonly today: RollupMeasures;
  readonly lastWeekSoFar: RollupMeasures;
  readonly lastWeekDay: RollupMeasures;
  readonly hours: ReadonlyMap<string, { today: number; lastWeek: number }>;
  readonly date: string;
};

/**
 * Today so far for the owner's home screen (each store's own business date and time zone), against
 * the same weekday last week up to the hour it is now there, with the day's hours, the open shifts,
 * the latest sales and the unread alerts.
 */
export async function todaySummary(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string | undefined,
): Promise<TodaySummary> {
  const { stores, currency } = await reportStores(ctx, auth, storeId);
  const storeIds = stores.map((store) => store.id);
  const now = ctx.clock();
  const days = await Promise.all(stores.map((store) => storeDay(ctx, store, now)));
  const reads = createReportReads(ctx.db);
  const [openShifts, recent, unreadAlerts] = await Promise.all([
    reads.openShifts(storeIds),
    reads.recentSales(storeIds, recentSales),
    createAlertRepository(ctx.db).countUnread(storeIds),
  ]);
  const first = stores[0] as Store;
  return {
    currency,
    storeIds,
    businessDates: days.map((day) => day.date),
    asOf: now,
    today: toReportMeasures(addMeasures(days.map((day) => day.today))),
    lastWeek: toReportMeasures(addMeasures(days.map((day) => day.lastWeekSoFar))),
    lastWeekDay: toReportMeasures(addMeasures(days.map((day) => day.lastWeekDay))),
    hours: dayHours(first).map((hour) => ({
      hour,
      today: days.reduce((sum, day) => sum + (day.hours.get(hour)?.today ?? 0), 0),
      lastWeek: days.reduce((sum, day) => sum + (day.hours.get(hour)?.lastWeek ?? 0), 0),
    })),
    openShifts,
    recentSales: recent,
    unreadAlerts,
  };
}

async function storeDay(ctx: KassaContext, store: Store, now: number): Promise<StoreDay> {
  const date = businessDate(now, store.timeZone, store.businessDayCutoverMinutes);
  const lastWeek = addDays(date, -7);
  const rollups = createRollupRepository(ctx.db);
  const [todayHours, lastWeekHours] = await Promise.all(
    [date, lastWeek].map((day) =>
      rollups.sum({ storeIds: [store.id], dimension: 'hour', from: day, to: day, by: 'key' }),
    ),
  );
  const order = dayHours(store);
  // The slot rollups put this instant in: with a 04:30 cut-over, 04:10 is the day's last hour.
  const hourNow = String(businessHour(now, store.timeZone, store.businessDayCutoverMinutes)).padStart(2, '0');
  const soFar = new Set(order.slice(0, order.indexOf(hourNow) + 1));
  const netSales = (m: RollupMeasures) => toReportMeasures(m).netSales;
  const hours = new Map<string, { today: number; lastWeek: number }>();
  for (const row of todayHours ?? [])
    hours.set(row.key ?? '', { today: netSales(row.measures), lastWeek: 0 });
  for (const row of lastWeekHours ?? []) {
    const hour = row.key ?? '';
    hours.set(hour, { today: hours.get(hour)?.today ?? 0, lastWeek: netSales(row.measures) });
  }
  return {
    date,
    // Every fact counts once in the hour rows, so a day's hours add up to the day.
    today: addMeasures((todayHours ?? []).map((row) => row.measures)),
    lastWeekSoFar: addMeasures(
      (lastWeekHours ?? []).filter((row) => soFar.has(row.key ?? '')).map((row) => row.measures),
    ),
    lastWeekDay: addMeasures((lastWeekHours ?? []).map((row) => row.measures)),
    hours,
  };
}
