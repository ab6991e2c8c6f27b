import type { SalesReport } from '@kassa/api';
import type { Database, Statement } from 'better-sqlite3';

/** The groupings the naive baseline answers (a subset of the report's `by`). */
export type NaiveGrouping = 'day' | 'product' | 'staff' | 'weekday_hour';

/** What the bench compares between the report and the baseline, per row and in total. */
export type ComparedFigures = { sales: number; netSales: number };

export type NaiveAnswer = { rows: Map<string, ComparedFigures>; totals: ComparedFigures };

/** Each grouping's key over a sale and its lines, and over a refund, its shift and its lines. */
const KEYS: Record<NaiveGrouping, { sale: string; refund: string; refundJoin: string }> = {
  day: { sale: 's.business_date', refund: 'sh.business_date', refundJoin: '' },
  product: {
    sale: 'l.product_id',
    refund: 'l.product_id',
    refundJoin: 'JOIN sale_lines l ON l.id = rl.sale_line_id',
  },
  staff: { sale: 's.staff_id', refund: 'r.staff_id', refundJoin: '' },
  // ISO weekday of the business date, '-', the store-local hour of the instant (the report's key).
  weekday_hour: {
    sale: `((CAST(strftime('%w', s.business_date) AS INTEGER) + 6) % 7 + 1) || '-' ||
      strftime('%H', s.created_at / 1000, 'unixepoch', @offset)`,
    refund: `((CAST(strftime('%w', sh.business_date) AS INTEGER) + 6) % 7 + 1) || '-' ||
      strftime('%H', r.at / 1000, 'unixepoch', @offset)`,
    refundJoin: '',
  },
};

const inStores = (column: string) => `${column} IN (SELECT value FROM json_each(@stores))`;

/** The figures of `by` over business dates `from`…`to` in the stores, worked out from the facts. */
export type NaiveReport = (
  by: NaiveGrouping,
  storeIds: readonly string[],
  from: string,
  to: string,
) => NaiveAnswer;

/**
 * The baseline the rollups are measured against: the same figures computed the obvious way, a
 * GROUP BY over the raw sale lines joined with their sales (on the indexes the schema has), less
 * what refunds gave back, grouped by the refund's shift date, staff or hour like the report.
 * Net sales = Σ(line net + tax) − Σ refunded; exact for this data, whose refunded sales had no
 * cash rounding (a refund of one would give back a share of it, see `salesFigures`). Totals are the
 * sum of the rows where groups do not overlap; by product a sale has several rows, so its totals
 * take one more query. The SQL is assembled once from the constant fragments above.
 */
export function createNaiveReport(db: Database, offsetMinutes: number): NaiveReport {
  const prepare = (by: NaiveGrouping) => {
    const key = KEYS[by];
    return {
      sales: db.prepare(`
        SELECT ${key.sale} AS key, COUNT(DISTINCT s.id) AS sales, SUM(l.net + l.tax) AS amount
        FROM sales s JOIN sale_lines l ON l.sale_id = s.id
        WHERE ${inStores('s.store_id')} AND s.business_date BETWEEN @from AND @to AND s.training = 0
        GROUP BY 1`),
      refunds: db.prepare(`
        SELECT ${key.refund} AS key, SUM(rl.amount) AS refunded
        FROM refunds r JOIN shifts sh ON sh.id = r.shift_id JOIN refund_lines rl ON rl.refund_id = r.id
        ${key.refundJoin}
        WHERE ${inStores('r.store_id')} AND sh.business_date BETWEEN @from AND @to
        GROUP BY 1`),
    };
  };
  const statements = new Map<NaiveGrouping, { sales: Statement; refunds: Statement }>();
  const totals = prepare('day');
  const offset = `${offsetMinutes >= 0 ? '+' : ''}${offsetMinutes} minutes`;
  const run = (statement: Statement, params: object) =>
    statement.all({ ...params, ...(statement.source.includes('@offset') ? { offset } : {}) }) as {
      key: string;
      sales?: number;
      amount?: number;
      refunded?: number;
    }[];
  return (by, storeIds, from, to) => {
    let grouped = statements.get(by);
    if (!grouped) {
      grouped = prepare(by);
      statements.set(by, grouped);
    }
    const params = { stores: JSON.stringify(storeIds), from, to };
    const rows = figuresOf(run(grouped.sales, params), run(grouped.refunds, params));
    if (by !== 'product') return { rows, totals: addUp(rows.values()) };
    const all = figuresOf(run(totals.sales, params), run(totals.refunds, params));
    return { rows, totals: addUp(all.values()) };
  };
}

function figuresOf(
  sales: readonly { key: string; sales?: number; amount?: number }[],
  refunds: readonly { key: string; refunded?: number }[],
): Map<string, ComparedFigures> {
  const rows = new Map<string, ComparedFigures>();
  for (const row of sales) rows.set(row.key, { sales: row.sales ?? 0, netSales: row.amount ?? 0 });
  for (const row of refunds) {
    const figures = rows.get(row.key) ?? { sales: 0, netSales: 0 };
    figures.netSales -= row.refunded ?? 0;
    rows.set(row.key, figures);
  }
  return rows;
}

function addUp(rows: Iterable<ComparedFigures>): ComparedFigures {
  const total = { sales: 0, netSales: 0 };
  for (const row of rows) {
    total.sales += row.sales;
    total.netSales += row.netSales;
  }
  return total;
}

/**
 * Throws unless the report and the baseline agree on every row's sales and net sales and on the
 * totals, for the period and the compared one: the speed-up must compare the same answer.
 */
export function assertSameAnswer(
  name: string,
  report: SalesReport,
  naive: readonly (NaiveAnswer & { readonly from: string; readonly to: string })[],
): void {
  const periodsOf = [report, ...(report.compare ? [report.compare] : [])];
  if (periodsOf.length !== naive.length)
    throw new Error(`${name}: ${periodsOf.length} periods, naive ${naive.length}`);
  for (const [index, period] of periodsOf.entries()) {
    const expected = naive[index] as (typeof naive)[number];
    if (period.from !== expected.from || period.to !== expected.to) {
      throw new Error(
        `${name}: the report covers ${period.from}…${period.to}, the baseline ${expected.from}…${expected.to}`,
      );
    }
    // Limited to the first rows (as the screen asks): the naive answer's first rows by net sales.
    const wanted =
      period.rows.length < period.rowCount
        ? new Map(
            [...expected.rows]
              .sort(([ka, a], [kb, b]) => b.netSales - a.netSales || (ka < kb ? -1 : 1))
              .slice(0, period.rows.length),
          )
        : expected.rows;
    const got = new Map<string, ComparedFigures>();
    for (const row of period.rows) {
      if (row.measures.sales === 0 && row.measures.netSales === 0 && !wanted.has(row.key)) continue;
      got.set(row.key, { sales: row.measures.sales, netSales: row.measures.netSales });
    }
    const differ = [...new Set([...got.keys(), ...wanted.keys()])].filter(
      (key) => JSON.stringify(got.get(key)) !== JSON.stringify(wanted.get(key)),
    );
    const totals = { sales: period.totals.sales, netSales: period.totals.netSales };
    if (differ.length > 0 || JSON.stringify(totals) !== JSON.stringify(expected.totals)) {
      const key = differ[0] ?? 'totals';
      throw new Error(
        `${name} ${period.from}…${period.to}: the report and the naive GROUP BY differ on ${differ.length} rows, ` +
          `e.g. ${key}: report ${JSON.stringify(got.get(key) ?? totals)}, naive ${JSON.stringify(wanted.get(key) ?? expected.totals)}`,
      );
    }
  }
}
