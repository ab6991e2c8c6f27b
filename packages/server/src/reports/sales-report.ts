import type { ReportGrouping, ReportRow, SalesReport } from '@kassa/api';
import { addDays, daysBetween, isoWeekday, netSalesOf, yearEarlier } from '@kassa/core';
import {
  createReportReads,
  createRollupRepository,
  type LabelKind,
  type RollupMeasures,
  type RollupQuery,
  type RollupRow,
  zeroMeasures,
} from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import type { KassaContext } from '../kassa-context';
import { addMeasures, toReportMeasures } from './report-measures';
import { reportStores } from './report-stores';

type Query = {
  readonly storeId?: string | undefined;
  readonly from: string;
  readonly to: string;
  readonly by: ReportGrouping;
  readonly compare: 'none' | 'previous' | 'year';
  readonly limit?: number | undefined;
};

/** Which rows of a period to answer: the first `limit` by net sales, or those of `keys`. */
type RowsWanted = { readonly limit?: number | undefined; readonly keys?: readonly string[] };

/** Groupings whose rows are what had activity (not every slot of a range), ranked by net sales. */
const RANKED: ReadonlySet<ReportGrouping> = new Set([
  'product',
  'category',
  'staff',
  'register',
  'tender',
  'tax_rate',
]);

/** The rollup sums net sales is made of (core `netSalesOf`): all a ranking reads. */
const NET_SALES_MEASURES = ['net', 'tax', 'refunded', 'refund_rounding'] as const;

const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'));

/**
 * Sales over business dates `from`…`to` grouped as asked, from the rollups (ADR 0009), with the same
 * grouping over an earlier period when asked: the one just before of the same length, or a year
 * earlier. Rows by date, hour or weekday × hour cover every slot (zeros included, for charts); rows
 * by product, category, staff, register, tender or tax rate list what had any activity, by net
 * sales, largest first: with a `limit`, only the first rows (and the earlier period the same keys),
 * so a phone asking for a year's top products gets them without thousands of rows.
 */
export async function salesReport(ctx: KassaContext, auth: AuthSession, query: Query): Promise<SalesReport> {
  const { stores, currency } = await reportStores(ctx, auth, query.storeId);
  const storeIds = stores.map((store) => store.id);
  const ranked = RANKED.has(query.by);
  const period = (from: string, to: string, wanted: RowsWanted) =>
    reportPeriod(ctx, storeIds, query.by, from, to, ranked ? wanted : {});
  const current = await period(query.from, query.to, { limit: query.limit });
  const comparedRange = compareRange(query);
  const sameKeys = query.limit === undefined ? {} : { keys: current.rows.map((row) => row.key) };
  return {
    currency,
    by: query.by,
    storeIds,
    ...current,
    compare: comparedRange ? await period(comparedRange.from, comparedRange.to, sameKeys) : null,
  };
}

function compareRange(query: Query): { from: string; to: string } | null {
  if (query.compare === 'previous') {
    const days = daysBetween(query.from, query.to);
    return { from: addDays(query.from, -days), to: addDays(query.from, -1) };
  }
  if (query.compare === 'year') return { from: yearEarlier(query.from), to: yearEarlier(query.to) };
  return null;
}

async function reportPeriod(
  ctx: KassaContext,
  storeIds: readonly string[],
  by: ReportGrouping,
  from: string,
  to: string,
  wanted: RowsWanted,
): Promise<NonNullable<SalesReport['compare']>> {
  const rollups = createRollupRepository(ctx.db);
  const range = { storeIds, from, to };
  const [totalRow] = await rollups.sum({ ...range, dimension: 'total', by: 'key' });
  const totals = toReportMeasures(totalRow?.measures ?? zeroMeasures());
  if (by === 'product' && (wanted.keys || wanted.limit !== undefined)) {
    return { from, to, ...(await someProducts(ctx, range, wanted)), totals };
  }
  const all = await groupedRows(ctx, by, range);
  const keys = wanted.keys && new Set(wanted.keys);
  const rows = keys ? all.filter((row) => keys.has(row.key)) : all;
  return { from, to, rows: rows.slice(0, wanted.limit), rowCount: rows.length, totals };
}

/**
 * Some products' rows without summing every measure of every product: those of `keys`, or the
 * first `limit` by net sales, ranked on the few sums net sales is made of.
 */
async function someProducts(
  ctx: KassaContext,
  range: Range,
  wanted: RowsWanted,
): Promise<{ rows: ReportRow[]; rowCount: number }> {
  const rollups = createRollupRepository(ctx.db);
  const products = (only: Pick<RollupQuery, 'keys' | 'measures'>) =>
    rollups.sum({ ...range, dimension: 'product', by: 'key', ...only });
  if (wanted.keys) {
    const rows = await labelled(ctx, 'product', await products({ keys: wanted.keys }));
    return { rows, rowCount: rows.length };
  }
  const ranking = (await products({ measures: NET_SALES_MEASURES })).map((row) => ({
    key: row.key ?? '',
    netSales: netSalesOf({ ...row.measures, refundRounding: row.measures.refund_rounding }),
  }));
  ranking.sort((a, b) => rankOrder(a.netSales, a.key, b.netSales, b.key));
  const keys = ranking.slice(0, wanted.limit).map((row) => row.key);
  return { rows: await labelled(ctx, 'product', await products({ keys })), rowCount: ranking.length };
}

type Range = { readonly storeIds: readonly string[]; readonly from: string; readonly to: string };

async function groupedRows(ctx: KassaContext, by: ReportGrouping, range: Range): Promise<ReportRow[]> {
  const rollups = createRollupRepository(ctx.db);
  switch (by) {
    case 'day': {
      const rows = await rollups.sum({ ...range, dimension: 'total', by: 'date' });
      const byDate = new Map(rows.map((row) => [row.businessDate ?? '', row.measures]));
      return everyDate(range).map((date) => slot(date, byDate.get(date)));
    }
    case 'hour': {
      const rows = await rollups.sum({ ...range, dimension: 'hour', by: 'key' });
      const byHour = new Map(rows.map((row) => [row.key ?? '', row.measures]));
      return HOURS.map((hour) => slot(hour, byHour.get(hour)));
    }
    case 'weekday_hour': {
      const rows = await rollups.sum({ ...range, dimension: 'hour', by: 'date_key' });
      const cells = new Map<string, RollupMeasures[]>();
      for (const row of rows) {
        const key = `${isoWeekday(row.businessDate ?? '')}-${row.key}`;
        cells.set(key, [...(cells.get(key) ?? []), row.measures]);
      }
      return [1, 2, 3, 4, 5, 6, 7].flatMap((day) =>
        HOURS.map((hour) => slot(`${day}-${hour}`, addMeasures(cells.get(`${day}-${hour}`) ?? []))),
      );
    }
    case 'category': {
      const rows = await rollups.sum({ ...range, dimension: 'product', by: 'key' });
      const categories = await createReportReads(ctx.db).productCategories(rows.map((row) => row.key ?? ''));
      const grouped = new Map<string, RollupMeasures[]>();
      for (const row of rows) {
        // Goods are grouped by their category now: moving a product moves its history with it.
        const category = categories.get(row.key ?? '') ?? '';
        grouped.set(category, [...(grouped.get(category) ?? []), row.measures]);
      }
      return labelled(
        ctx,
        'category',
        [...grouped].map(([key, measures]) => ({ businessDate: null, key, measures: addMeasures(measures) })),
      );
    }
    case 'product':
    case 'staff':
    case 'register':
      return labelled(ctx, by, await rollups.sum({ ...range, dimension: by, by: 'key' }));
    case 'tender':
    case 'tax_rate':
      return byNetSales((await rollups.sum({ ...range, dimension: by, by: 'key' })).map(unlabelled));
  }
}

function everyDate(range: Range): string[] {
  return Array.from({ length: daysBetween(range.from, range.to) }, (_, day) => addDays(range.from, day));
}

function slot(key: string, measures: RollupMeasures | undefined): ReportRow {
  return { key, label: null, measures: toReportMeasures(measures ?? zeroMeasures()) };
}

function unlabelled(row: RollupRow): ReportRow {
  return { key: row.key ?? '', label: null, measures: toReportMeasures(row.measures) };
}

async function labelled(
  ctx: KassaContext,
  kind: LabelKind,
  rows: readonly RollupRow[],
): Promise<ReportRow[]> {
  const labels = await createReportReads(ctx.db).labels(
    kind,
    rows.map((row) => row.key ?? '').filter((key) => key !== ''),
  );
  return byNetSales(rows.map((row) => ({ ...unlabelled(row), label: labels.get(row.key ?? '') ?? null })));
}

function byNetSales(rows: ReportRow[]): ReportRow[] {
  return rows.sort((a, b) => rankOrder(a.measures.netSales, a.key, b.measures.netSales, b.key));
}

/** The order of ranked rows: net sales, largest first, then key (so a limit cuts the same rows). */
function rankOrder(aNetSales: number, aKey: string, bNetSales: number, bKey: string): number {
  return bNetSales - aNetSales || (aKey < bKey ? -1 : 1);
}
