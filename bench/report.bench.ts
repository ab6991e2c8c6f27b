import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { SalesReport } from '@kassa/api';
import { addDays, wallClock, yearEarlier } from '@kassa/core';
import Database from 'better-sqlite3';
import { startKassaProcess } from '../packages/cli/src/testing/kassa-process';
import { OWNER_PASSWORD, type ReportDataset, reportDataset } from './report-dataset';
import { assertSameAnswer, createNaiveReport, type NaiveGrouping } from './report-naive';
import type { Figures } from './results';
import { percentile, round } from './stats';

const PORT = 18192;
const LINES = Number(process.env.KASSA_BENCH_REPORT_LINES ?? 10_000_000);
const PLAN = { firstDate: '2024-11-01', days: 730, lines: LINES };
const BUDGET_MS = 100;
/** Per query: at most this many timed requests, or this long, but at least the minimum. */
const HTTP_SAMPLES = { warmUp: 3, max: 200, min: 15, budgetMs: 15_000 };
const NAIVE_SAMPLES = { warmUp: 0, max: 20, min: 3, budgetMs: 20_000 };

type ReportCase = {
  readonly name: string;
  readonly label: string;
  readonly by: NaiveGrouping;
  /** Days back from the last date of the history, and how many. */
  readonly days: number;
  readonly store: 'all' | 'S01' | 'S02';
  readonly compare: 'none' | 'previous' | 'year';
  /** The first rows only, as the screen asks by product. */
  readonly limit?: number;
};

/** What owners open: the first is the daily report DESIGN §7 budgets. */
const CASES: readonly ReportCase[] = [
  {
    name: 'day-30d',
    label: 'by day, 30 days, all stores',
    by: 'day',
    days: 30,
    store: 'all',
    compare: 'none',
  },
  {
    name: 'day-365d-vs-year',
    label: 'by day, 365 days vs a year before, S02',
    by: 'day',
    days: 365,
    store: 'S02',
    compare: 'year',
  },
  {
    name: 'product-365d',
    label: 'by product, 365 days, S01, first 100',
    by: 'product',
    days: 365,
    store: 'S01',
    compare: 'none',
    limit: 100,
  },
  {
    name: 'product-30d',
    label: 'by product, 30 days, all, first 100',
    by: 'product',
    days: 30,
    store: 'all',
    compare: 'none',
    limit: 100,
  },
  {
    name: 'product-365d-all-rows',
    label: 'by product, 365 days, S01, every row',
    by: 'product',
    days: 365,
    store: 'S01',
    compare: 'none',
  },
  {
    name: 'weekday-hour-quarter',
    label: 'weekday × hour, 91 days, all stores',
    by: 'weekday_hour',
    days: 91,
    store: 'all',
    compare: 'none',
  },
  {
    name: 'staff-month-vs-previous',
    label: 'by staff, 31 days vs the 31 before, all',
    by: 'staff',
    days: 31,
    store: 'all',
    compare: 'previous',
  },
];

type Timing = { p50: number; p95: number; samples: number };

/**
 * DESIGN §7: the daily sales report over 10M sale lines answers in p50 ≤ 100 ms. Reports read the
 * rollups (ADR 0009) through a real server process over HTTP with an owner session; the baseline,
 * in the same run, computes the same figures the naive way — a GROUP BY over the raw sale lines on
 * the same file, in-process with better-sqlite3 — and both answers are checked equal before any
 * timing. The data (generated once per machine, see `reportDataset`) is two stores' two years.
 * `KASSA_BENCH_REPORT_LINES` makes a smaller history for a quick try; `KASSA_BENCH_REPORT_REBUILD=1`
 * times the rollup rebuild again on a cached file.
 */
export async function benchReport(): Promise<Figures> {
  const dataset = await reportDataset(PLAN, { rebuild: process.env.KASSA_BENCH_REPORT_REBUILD === '1' });
  const db = new Database(dataset.file);
  try {
    const stores = db.prepare('SELECT id, code, time_zone AS timeZone FROM stores ORDER BY code').all() as {
      id: string;
      code: string;
      timeZone: string;
    }[];
    const naive = createNaiveReport(db, fixedOffsetMinutes(stores.map((s) => s.timeZone)));
    const storeIds = (c: ReportCase) =>
      stores.filter((s) => c.store === 'all' || s.code === c.store).map((s) => s.id);
    const last = dataset.meta.lastDate;
    const naiveOf = (c: ReportCase) =>
      periods(c, last).map(({ from, to }) => ({ from, to, ...naive(c.by, storeIds(c), from, to) }));

    // Worked out before the server starts: the baseline blocks this event loop for seconds, which
    // must not happen between two requests on a keep-alive connection the server may close.
    const expected = new Map(CASES.map((c) => [c.name, naiveOf(c)]));
    const kassa = await startKassaProcess({
      port: PORT,
      ownerPassword: OWNER_PASSWORD,
      demo: false,
      dataDir: dataset.dataDir,
    });
    const http = new Map<string, Timing>();
    try {
      const token = await login(kassa.url);
      for (const c of CASES) {
        const url = reportUrl(kassa.url, c, storeIds(c), last);
        assertSameAnswer(c.name, await fetchReport(url, token), expected.get(c.name) ?? []);
      }
      console.log(
        `  naive and rollup answers agree on all ${CASES.length} queries (sales and net sales per row)`,
      );
      for (const c of CASES) {
        const url = reportUrl(kassa.url, c, storeIds(c), last);
        http.set(c.name, await timed(() => fetchBody(url, token), HTTP_SAMPLES));
      }
    } finally {
      await kassa.stop();
    }
    const baseline = new Map<string, Timing>();
    for (const c of CASES) baseline.set(c.name, await timed(async () => naiveOf(c), NAIVE_SAMPLES));
    return report(dataset, http, baseline);
  } finally {
    db.close();
  }
}

/** The report's range, and the compared one (the bench checks the server works out the same). */
function periods(c: ReportCase, last: string): { from: string; to: string }[] {
  const from = addDays(last, 1 - c.days);
  const current = { from, to: last };
  if (c.compare === 'previous') return [current, { from: addDays(from, -c.days), to: addDays(from, -1) }];
  if (c.compare === 'year') return [current, { from: yearEarlier(from), to: yearEarlier(last) }];
  return [current];
}

function reportUrl(base: string, c: ReportCase, storeIds: readonly string[], last: string): string {
  const [current] = periods(c, last);
  const query = new URLSearchParams({
    from: current?.from ?? '',
    to: current?.to ?? '',
    by: c.by,
    compare: c.compare,
    ...(c.limit === undefined ? {} : { limit: String(c.limit) }),
    ...(c.store === 'all' ? {} : { storeId: storeIds[0] ?? '' }),
  });
  return `${base}/api/v1/reports/sales?${query}`;
}

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'owner', password: OWNER_PASSWORD }),
  });
  if (!response.ok) throw new Error(`owner login failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** The whole response body, as a client waits for it (parsing it is left out of the timing). */
async function fetchBody(url: string, token: string): Promise<ArrayBuffer> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${Buffer.from(body).toString('utf8')}`);
  return body;
}

async function fetchReport(url: string, token: string): Promise<SalesReport> {
  return JSON.parse(Buffer.from(await fetchBody(url, token)).toString('utf8')) as SalesReport;
}

/** Runs `run` after warming up, until `max` samples or `budgetMs` (at least `min` samples). */
async function timed(
  run: () => Promise<unknown>,
  options: { warmUp: number; max: number; min: number; budgetMs: number },
): Promise<Timing> {
  for (let i = 0; i < options.warmUp; i++) await run();
  const samples: number[] = [];
  const started = performance.now();
  while (
    samples.length < options.min ||
    (samples.length < options.max && performance.now() - started < options.budgetMs)
  ) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length };
}

/** The stores' UTC offset in minutes, for the baseline's hours; the same all year (no DST) or it throws. */
function fixedOffsetMinutes(timeZones: readonly string[]): number {
  const offsets = new Set(
    timeZones.flatMap((zone) =>
      [Date.UTC(2025, 0, 15), Date.UTC(2025, 6, 15)].map((at) => {
        const c = wallClock(at, zone);
        return (Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) - at) / 60_000;
      }),
    ),
  );
  const [offset] = offsets;
  if (offsets.size !== 1 || offset === undefined) throw new Error('the baseline needs one fixed UTC offset');
  return offset;
}

function report(dataset: ReportDataset, http: Map<string, Timing>, naive: Map<string, Timing>): Figures {
  const { meta } = dataset;
  const mb = (bytes: number) => bytes / 2 ** 20;
  const size = mb(statSync(dataset.file).size);
  const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const lines = [
    `report over ${meta.counts.lines.toLocaleString('en')} sale lines: ${meta.counts.sales.toLocaleString('en')} sales, ` +
      `${meta.counts.refunds.toLocaleString('en')} refunds, ${meta.counts.voids.toLocaleString('en')} voids, ` +
      `2 stores × ${meta.plan.days} days to ${meta.lastDate}; file ${(size / 1024).toFixed(2)} GB`,
    `  generated in ${(meta.generateMs / 1000).toFixed(0)} s (${dataset.generated ? 'this run' : `cached, built ${meta.builtAt}`})`,
    `  rollups rebuilt in ${(meta.rebuild.ms / 1000).toFixed(0)} s by rebuildRollups, peak RSS ${meta.rebuild.peakRssMb} MB, ` +
      `${meta.rebuild.rollupRows.toLocaleString('en')} rollup rows (${dataset.rebuilt ? 'this run' : `cached, ${meta.rebuild.at}`})`,
    `  product running totals kept in ${(meta.rebuild.runningMs / 1000).toFixed(0)} s after it: ` +
      `${meta.rebuild.runningRows.toLocaleString('en')} rows`,
    `  ${'query'.padEnd(42)} ${'rollups over HTTP'.padEnd(26)} ${'naive GROUP BY in-process'.padEnd(34)} speed-up`,
  ];
  const figures: Figures = {};
  for (const c of CASES) {
    const a = http.get(c.name) as Timing;
    const b = naive.get(c.name) as Timing;
    lines.push(
      `  ${c.label.padEnd(42)} ${`p50 ${ms(a.p50)} p95 ${ms(a.p95)} ms`.padEnd(26)} ` +
        `${`p50 ${ms(b.p50)} p95 ${ms(b.p95)} ms (n=${b.samples})`.padEnd(34)} ${speedup(b.p50 / a.p50)}`,
    );
    figures[`report.${c.name}.p50`] = { value: round(a.p50), unit: 'ms', baseline: round(b.p50) };
    figures[`report.${c.name}.p95`] = { value: round(a.p95), unit: 'ms', baseline: round(b.p95) };
  }
  const [daily] = CASES;
  const a = http.get(daily?.name ?? '') as Timing;
  const b = naive.get(daily?.name ?? '') as Timing;
  lines.push(
    `  budget: the daily report (${daily?.label}) p50 ≤ ${BUDGET_MS} ms: ${ms(a.p50)} ms, ` +
      `${speedup(b.p50 / a.p50)} the naive GROUP BY (load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  console.log(lines.join('\n'));
  return {
    'report.p50': { value: round(a.p50), unit: 'ms', baseline: BUDGET_MS },
    'report.p95': { value: round(a.p95), unit: 'ms', baseline: null },
    'report.naive.p50': { value: round(b.p50), unit: 'ms', baseline: null },
    'report.naive.p95': { value: round(b.p95), unit: 'ms', baseline: null },
    'report.speedup': { value: round(b.p50 / a.p50, 1), unit: 'ratio', baseline: null },
    ...figures,
    'report.generate': { value: round(meta.generateMs / 1000, 1), unit: 's', baseline: null },
    'report.rebuild': { value: round(meta.rebuild.ms / 1000, 1), unit: 's', baseline: null },
    'report.rebuild.rss': { value: meta.rebuild.peakRssMb, unit: 'MB', baseline: null },
    'report.rollup-rows': { value: meta.rebuild.rollupRows, unit: 'rows', baseline: meta.counts.lines },
    'report.running-totals': { value: round(meta.rebuild.runningMs / 1000, 1), unit: 's', baseline: null },
    'report.running-rows': { value: meta.rebuild.runningRows, unit: 'rows', baseline: meta.counts.lines },
    'report.db-size': { value: round(size, 0), unit: 'MB', baseline: null },
  };
}

function speedup(ratio: number): string {
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
}
