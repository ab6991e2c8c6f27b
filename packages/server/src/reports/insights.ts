import type { Standout as ApiStandout, Insights } from '@kassa/api';
import {
  addDays,
  type DailyForecast,
  findDailyInsights,
  forecastDaily,
  fromFirstSale,
  roundedMedian,
  type Standout,
} from '@kassa/core';
import { createReportReads, createRollupRepository, type RollupRow } from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import type { KassaContext } from '../kassa-context';
import { toReportMeasures } from './report-measures';
import { reportStores } from './report-stores';

/** The same weekday of this many weeks before is what "usual" means. */
const WEEKS = 8;
/** Days of daily net sales a forecast is fitted on (16 weeks), and shown before it. */
const FIT_DAYS = 112;
const SHOWN_DAYS = 28;
/** The best sellers of this many days get a forecast of their own. */
const TOP_DAYS = 28;
const TOP_PRODUCTS = 5;

type Query = { readonly storeId?: string | undefined; readonly date: string };

const netSales = (row: RollupRow) => toReportMeasures(row.measures).netSales;

function toForecast(forecast: DailyForecast): Insights['forecast']['store'] {
  return { method: forecast.method, amounts: forecast.forecast, backtest: forecast.backtest };
}

/**
 * 智能分析 of business date `date` in the stores: products (and the whole day) whose net sales
 * stood out against the same weekday of the 8 weeks before, or of as many as the stores have
 * sold in (core `findDailyInsights`; changes under 1% of a usual day are left out), and a 14-day forecast of daily net sales from the day after, for
 * the stores and for the 5 best sellers of the last 4 weeks (core `forecastDaily`), each with the
 * error its method made on its own last days. Everything is read from the rollups.
 */
export async function insights(ctx: KassaContext, auth: AuthSession, query: Query): Promise<Insights> {
  const { stores, currency } = await reportStores(ctx, auth, query.storeId);
  const storeIds = stores.map((store) => store.id);
  const rollups = createRollupRepository(ctx.db);
  const productsOn = (date: string) =>
    rollups.sum({ storeIds, dimension: 'product', from: date, to: date, by: 'key' });
  const fitFrom = addDays(query.date, 1 - FIT_DAYS);
  const totals = await rollups.sum({
    storeIds,
    dimension: 'total',
    from: fitFrom,
    to: query.date,
    by: 'date',
  });
  // Weeks before the stores sold anything are no history: a new shop's usual day is not 0.
  const opened = totals.find((row) => netSales(row) !== 0)?.businessDate ?? query.date;
  const weeksBefore = Array.from({ length: WEEKS }, (_, week) =>
    addDays(query.date, -7 * (WEEKS - week)),
  ).filter((date) => date >= opened);

  const [day, history, top] = await Promise.all([
    productsOn(query.date),
    Promise.all(weeksBefore.map(productsOn)),
    rollups.sum({
      storeIds,
      dimension: 'product',
      from: addDays(query.date, 1 - TOP_DAYS),
      to: query.date,
      by: 'key',
    }),
  ]);

  const totalOf = new Map(totals.map((row) => [row.businessDate ?? '', netSales(row)]));
  const daily = Array.from({ length: FIT_DAYS }, (_, i) => totalOf.get(addDays(fitFrom, i)) ?? 0);
  const historyOf = new Map<string, number[]>();
  history.forEach((rows, week) => {
    for (const row of rows) {
      const amounts = historyOf.get(row.key ?? '') ?? Array<number>(weeksBefore.length).fill(0);
      amounts[week] = netSales(row);
      historyOf.set(row.key ?? '', amounts);
    }
  });
  const totalHistory = weeksBefore.map((date) => totalOf.get(date) ?? 0);
  const dayTotal = totalOf.get(query.date) ?? 0;
  const usualTotal = totalHistory.length > 0 ? roundedMedian(totalHistory) : 0;
  const found = findDailyInsights({
    day: day.map((row) => {
      const m = toReportMeasures(row.measures);
      return { key: row.key ?? '', amount: m.netSales, quantity: m.items - m.refundItems };
    }),
    history: [...historyOf].map(([key, amounts]) => ({ key, amounts })),
    total: { amount: dayTotal, history: totalHistory },
    minAmount: Math.max(0, Math.round(usualTotal / 100)),
  });

  const best = [...top]
    .sort((a, b) => netSales(b) - netSales(a))
    .slice(0, TOP_PRODUCTS)
    .map((row) => row.key ?? '');
  const bestDaily = await rollups.sum({
    storeIds,
    dimension: 'product',
    from: fitFrom,
    to: query.date,
    by: 'date_key',
    keys: best,
  });
  const seriesOf = new Map(best.map((key) => [key, Array<number>(FIT_DAYS).fill(0)]));
  const dayIndex = new Map(Array.from({ length: FIT_DAYS }, (_, i) => [addDays(fitFrom, i), i]));
  for (const row of bestDaily) {
    const series = seriesOf.get(row.key ?? '');
    const index = dayIndex.get(row.businessDate ?? '');
    if (series && index !== undefined) series[index] = netSales(row);
  }

  const labels = await createReportReads(ctx.db).labels('product', [
    ...new Set([
      ...found.risers.map((s) => s.key),
      ...found.fallers.map((s) => s.key),
      ...found.newSellers.map((s) => s.key),
      ...best,
    ]),
  ]);
  const named = (standout: Standout): ApiStandout => ({
    ...standout,
    label: labels.get(standout.key) ?? null,
  });
  return {
    currency,
    storeIds,
    date: query.date,
    weeks: weeksBefore.length,
    day: { netSales: dayTotal, usual: weeksBefore.length > 0 ? usualTotal : null },
    total: found.total ? { ...found.total, label: null } : null,
    risers: found.risers.map(named),
    fallers: found.fallers.map(named),
    newSellers: found.newSellers.map((seller) => ({ ...seller, label: labels.get(seller.key) ?? null })),
    forecast: {
      from: addDays(query.date, 1),
      history: daily.slice(-SHOWN_DAYS).map((amount, i) => ({
        date: addDays(query.date, i + 1 - SHOWN_DAYS),
        netSales: amount,
      })),
      store: toForecast(forecastDaily(fromFirstSale(daily))),
      products: best.map((key) => ({
        key,
        label: labels.get(key) ?? null,
        ...toForecast(forecastDaily(fromFirstSale(seriesOf.get(key) ?? []))),
      })),
    },
  };
}
