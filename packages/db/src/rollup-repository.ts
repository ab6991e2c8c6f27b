import { addDays, daysBetween, earlierDate } from '@kassa/core';
import { type Kysely, PostgresAdapter, sql, Transaction } from 'kysely';
import { inTransaction } from './in-transaction';
import {
  ROLLUP_MEASURES,
  type RollupDimension,
  type RollupMeasure,
  type RollupMeasures,
  zeroMeasures,
} from './rollup-measures';
import { createRunningTotalRepository } from './running-total-repository';
import type { Schema } from './schema';

/** What one fact adds to one rollup row. */
export interface RollupDelta {
  storeId: string;
  businessDate: string;
  dimension: RollupDimension;
  key: string;
  measures: Partial<RollupMeasures>;
}

/** A range of rollup rows to add up. */
export interface RollupQuery {
  storeIds: readonly string[];
  dimension: RollupDimension;
  /** First business date, inclusive ('YYYY-MM-DD'). */
  from: string;
  /** Last business date, inclusive. */
  to: string;
  /** One row per business date, per key, or per both. */
  by: 'date' | 'key' | 'date_key';
  /** Only these keys (a few products…); every key when left out. */
  keys?: readonly string[];
  /** Only these measures (the others answer 0): less to read when ranking many rows. */
  measures?: readonly RollupMeasure[];
}

/** The sums of one group of a {@link RollupQuery}; `businessDate` and `key` as grouped by. */
export interface RollupRow {
  businessDate: string | null;
  key: string | null;
  measures: RollupMeasures;
}

/** Report rollups (ADR 0009): kept with each fact, read by reports. */
export interface RollupRepository {
  /**
   * Adds the deltas in the caller's transaction, merged per row and written in row order (so two
   * writers lock shared rows in the same order and cannot deadlock). Call it after the journal
   * append (which locks the store row) and before the event append: the lock order of every fact
   * is register → store → stock and rollups → event counter.
   */
  add(deltas: readonly RollupDelta[]): Promise<void>;
  /**
   * The sums over the query's range, grouped as asked, in date then key order. Product sums by key
   * over more than a week read the running totals where they are kept (ADR 0013).
   */
  sum(query: RollupQuery): Promise<RollupRow[]>;
  /** Forgets every rollup row and running total (before a rebuild). */
  clear(): Promise<void>;
  /**
   * Keeps every other writer out of the rollups until the caller's transaction ends, so a rebuild
   * is never mixed with a fact's delta; reports read on meanwhile. On PostgreSQL it takes `LOCK
   * TABLE sales_rollups IN EXCLUSIVE MODE` (waiting for facts that already wrote theirs to commit);
   * on SQLite the write transaction already keeps every other writer out. Throws outside a
   * transaction.
   */
  lockWriters(): Promise<void>;
}

// Keeps one statement under the bound-parameter limits (24 columns × 500 rows).
const rowsPerInsert = 500;
/**
 * Product sums over fewer kept dates than this add up the daily rows: two running-total seeks per
 * product cost about as much as a week of one store's daily product rows.
 */
const fewestRunningDays = 8;

function rowKey(delta: RollupDelta): string {
  return `${delta.storeId}\u0000${delta.dimension}\u0000${delta.businessDate}\u0000${delta.key}`;
}

/** The deltas summed per row, in row-key order, without rows that add nothing. */
function merge(deltas: readonly RollupDelta[]): Array<{ delta: RollupDelta; measures: RollupMeasures }> {
  const rows = new Map<string, { delta: RollupDelta; measures: RollupMeasures }>();
  for (const delta of deltas) {
    const id = rowKey(delta);
    let row = rows.get(id);
    if (!row) {
      row = { delta, measures: zeroMeasures() };
      rows.set(id, row);
    }
    for (const measure of ROLLUP_MEASURES) row.measures[measure] += delta.measures[measure] ?? 0;
  }
  return [...rows.entries()]
    .filter(([, row]) => ROLLUP_MEASURES.some((measure) => row.measures[measure] !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}

/** Rollups on `db`, which may be a transaction. */
export function createRollupRepository(db: Kysely<Schema>): RollupRepository {
  return {
    add: (deltas) =>
      inTransaction(db, async (trx) => {
        const rows = merge(deltas);
        for (let start = 0; start < rows.length; start += rowsPerInsert) {
          await trx
            .insertInto('sales_rollups')
            .values(
              rows.slice(start, start + rowsPerInsert).map(({ delta, measures }) => ({
                store_id: delta.storeId,
                business_date: delta.businessDate,
                dimension: delta.dimension,
                key: delta.key,
                ...measures,
              })),
            )
            .onConflict((oc) =>
              oc
                .columns(['store_id', 'dimension', 'business_date', 'key'])
                .doUpdateSet((eb) =>
                  Object.fromEntries(
                    ROLLUP_MEASURES.map((m) => [m, eb(`sales_rollups.${m}`, '+', eb.ref(`excluded.${m}`))]),
                  ),
                ),
            )
            .execute();
        }
        const running = createRunningTotalRepository(trx);
        for (const [storeId, date] of firstProductDates(rows)) await running.forgetFrom(storeId, date);
      }),
    async sum(query) {
      if (query.dimension === 'product' && query.by === 'key') return sumProducts(db, query);
      return sumDaily(db, query);
    },
    async clear() {
      await db.deleteFrom('sales_rollups').execute();
      await createRunningTotalRepository(db).clear();
    },
    async lockWriters() {
      if (!(db instanceof Transaction)) throw new Error('lockWriters needs a transaction');
      if (db.getExecutor().adapter instanceof PostgresAdapter) {
        await sql`lock table ${sql.table('sales_rollups')} in exclusive mode`.execute(db);
      }
    },
  };
}

/** Per store, the first date of its product rows (where its running totals stop being exact). */
function firstProductDates(rows: ReadonlyArray<{ delta: RollupDelta }>): Map<string, string> {
  const first = new Map<string, string>();
  for (const { delta } of rows) {
    if (delta.dimension !== 'product') continue;
    const date = first.get(delta.storeId);
    if (date === undefined || delta.businessDate < date) first.set(delta.storeId, delta.businessDate);
  }
  return first;
}

/**
 * Product sums by key: the running totals' difference over the dates they are kept (when that is
 * more than a few; stores with the same mark in one query), plus the daily rows of the dates after.
 */
async function sumProducts(db: Kysely<Schema>, query: RollupQuery): Promise<RollupRow[]> {
  const running = createRunningTotalRepository(db);
  const marks = await running.marks(query.storeIds);
  const dailyOnly: string[] = [];
  const byLastKept = new Map<string, string[]>();
  for (const storeId of query.storeIds) {
    const mark = marks.get(storeId);
    const lastKept = mark === undefined ? null : earlierDate(addDays(mark, -1), query.to);
    if (lastKept === null || daysBetween(query.from, lastKept) < fewestRunningDays) dailyOnly.push(storeId);
    else byLastKept.set(lastKept, [...(byLastKept.get(lastKept) ?? []), storeId]);
  }
  const parts: RollupRow[][] = [];
  if (dailyOnly.length > 0) parts.push(await sumDaily(db, { ...query, storeIds: dailyOnly }));
  for (const [lastKept, storeIds] of byLastKept) {
    const sums = await running.sum(storeIds, query.from, lastKept, query);
    parts.push([...sums].map(([key, measures]) => ({ businessDate: null, key, measures })));
    if (lastKept < query.to)
      parts.push(await sumDaily(db, { ...query, storeIds, from: addDays(lastKept, 1) }));
  }
  const [only] = parts;
  if (parts.length === 1 && only) return only;
  const byKey = new Map<string, RollupMeasures>();
  for (const row of parts.flat()) {
    const key = row.key ?? '';
    const sum = byKey.get(key) ?? zeroMeasures();
    for (const m of ROLLUP_MEASURES) sum[m] += row.measures[m];
    byKey.set(key, sum);
  }
  return [...byKey.keys()]
    .sort()
    .map((key) => ({ businessDate: null, key, measures: byKey.get(key) ?? zeroMeasures() }));
}

/** The sums of the daily rows. */
async function sumDaily(db: Kysely<Schema>, query: RollupQuery): Promise<RollupRow[]> {
  if (query.storeIds.length === 0) return [];
  const byDate = query.by !== 'key';
  const byKey = query.by !== 'date';
  if (query.keys?.length === 0) return [];
  let select = db
    .selectFrom('sales_rollups')
    .where('store_id', 'in', [...query.storeIds])
    .where('dimension', '=', query.dimension)
    .where('business_date', '>=', query.from)
    .where('business_date', '<=', query.to)
    // SUM of bigint is numeric on PostgreSQL (read as text): cast back to bigint.
    .select(
      (query.measures ?? ROLLUP_MEASURES).map((m) => sql<number>`cast(sum(${sql.ref(m)}) as bigint)`.as(m)),
    );
  if (query.keys) select = select.where('key', 'in', [...query.keys]);
  if (byDate) select = select.select('business_date').groupBy('business_date').orderBy('business_date');
  if (byKey) select = select.select('key').groupBy('key').orderBy('key');
  const rows = await select.execute();
  return rows.map((row) => {
    const record = row as unknown as Record<string, unknown>;
    const measures = zeroMeasures();
    for (const m of ROLLUP_MEASURES) measures[m] = Number(record[m] ?? 0);
    return {
      businessDate: byDate ? String(record.business_date) : null,
      key: byKey ? String(record.key) : null,
      measures,
    };
  });
}
