import { addDays, earlierDate } from '@kassa/core';
import { type Insertable, type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';
import { inTransaction } from './in-transaction';
import { prepareQuery } from './prepared-query';
import { ROLLUP_MEASURES, type RollupMeasure, type RollupMeasures, zeroMeasures } from './rollup-measures';
import type { ProductRunningTotalsTable, Schema } from './schema';

/**
 * Running totals of the product rollups (ADR 0013): for each store, product and business date with
 * a product rollup row, the product's sums up to and including that date, kept for the dates before
 * the store's mark. The sums over any range are then the difference of two rows per product.
 */
export interface RunningTotalRepository {
  /** Per store, the first business date whose running totals are not kept; stores without: none are. */
  marks(storeIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * The product sums of the stores over `from` to `to`, both included, by product in id order, for
   * the products that have a rollup row in it (only `keys` when given, only `measures` summed: the
   * others answer 0); `to` must be before each store's mark.
   */
  sum(
    storeIds: readonly string[],
    from: string,
    to: string,
    only?: {
      readonly keys?: readonly string[] | undefined;
      readonly measures?: readonly RollupMeasure[] | undefined;
    },
  ): Promise<Map<string, RollupMeasures>>;
  /**
   * Stops keeping the store's running totals from `date` on (a fact on `date` changed its product
   * rollups). In the fact's transaction, after its rollups; no-op when they are not kept that far.
   */
  forgetFrom(storeId: string, date: string): Promise<void>;
  /**
   * Keeps the store's running totals for at most `maxDays` dates more from its mark (from its first
   * product rollup when it has none), never up to `before` or past it, in one transaction that keeps
   * the store's facts out meanwhile. Answers the store's mark after it.
   */
  extend(storeId: string, before: string, maxDays: number): Promise<string>;
  /** Forgets every running total and mark (before a rollup rebuild). */
  clear(): Promise<void>;
}

// Keeps one statement under the bound-parameter limits (23 columns × 500 rows).
const rowsPerInsert = 500;
const rollupsPerPage = 5000;

// Every sale runs it (see prepareQuery); it writes only when the sale is on a kept date.
const forgetFromQuery = prepareQuery((db, params: { storeId: string; date: string }) =>
  db
    .updateTable('product_running_marks')
    .set({ valid_before: params.date })
    .where('store_id', '=', params.storeId)
    .where('valid_before', '>', params.date),
);

/** Running totals on `db`, which may be a transaction. */
export function createRunningTotalRepository(db: Kysely<Schema>): RunningTotalRepository {
  return {
    async marks(storeIds) {
      if (storeIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('product_running_marks')
        .select(['store_id', 'valid_before'])
        .where('store_id', 'in', [...storeIds])
        .execute();
      return new Map(rows.map((row) => [row.store_id, row.valid_before]));
    },
    async sum(storeIds, from, to, only = {}) {
      if (only.keys?.length === 0 || storeIds.length === 0) return new Map();
      return differences(db, storeIds, from, addDays(to, 1), only);
    },
    async forgetFrom(storeId, date) {
      await forgetFromQuery.execute(db, { storeId, date });
    },
    extend: (storeId, before, maxDays) =>
      inTransaction(db, async (trx) => {
        await lockStore(trx, storeId);
        const mark = (await createRunningTotalRepository(trx).marks([storeId])).get(storeId);
        const start = mark ?? (await firstProductDate(trx, storeId)) ?? before;
        if (start >= before) {
          if (mark === undefined) await setMark(trx, storeId, before);
          return mark ?? before;
        }
        const end = earlierDate(addDays(start, maxDays), before);
        // Every product's sums over the dates before the mark.
        const running = mark
          ? await differences(trx, [storeId], '', mark, {})
          : new Map<string, RollupMeasures>();
        await writeRunningTotals(trx, storeId, start, end, running);
        await setMark(trx, storeId, end);
        return end;
      }),
    async clear() {
      await db.deleteFrom('product_running_totals').execute();
      await db.deleteFrom('product_running_marks').execute();
    },
  };
}

/**
 * Keeps the store's facts out until the transaction ends: every fact appends to the store's journal
 * first, which locks the store row (PostgreSQL); SQLite has one writer at a time anyway.
 */
async function lockStore(trx: Transaction<Schema>, storeId: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await trx.selectFrom('stores').select('id').where('id', '=', storeId).forUpdate().execute();
  }
}

async function firstProductDate(db: Kysely<Schema>, storeId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('sales_rollups')
    .select('business_date')
    .where('store_id', '=', storeId)
    .where('dimension', '=', 'product')
    .orderBy('business_date')
    .limit(1)
    .executeTakeFirst();
  return row?.business_date;
}

async function setMark(db: Kysely<Schema>, storeId: string, validBefore: string): Promise<void> {
  await db
    .insertInto('product_running_marks')
    .values({ store_id: storeId, valid_before: validBefore })
    .onConflict((oc) => oc.column('store_id').doUpdateSet({ valid_before: validBefore }))
    .execute();
}

/**
 * Adds the product rollups of the dates `from` (included) to `to` (excluded) onto `running` (each
 * product's totals before `from`) and writes each date's totals, overwriting what a forgotten range
 * left there.
 */
async function writeRunningTotals(
  db: Kysely<Schema>,
  storeId: string,
  from: string,
  to: string,
  running: Map<string, RollupMeasures>,
): Promise<void> {
  const totals: Insertable<ProductRunningTotalsTable>[] = [];
  let after: { date: string; key: string } | null = null;
  for (;;) {
    let page = db
      .selectFrom('sales_rollups')
      .select(['business_date', 'key', ...ROLLUP_MEASURES])
      .where('store_id', '=', storeId)
      .where('dimension', '=', 'product')
      .where('business_date', '>=', from)
      .where('business_date', '<', to);
    if (after) {
      const { date, key } = after;
      page = page.where((eb) =>
        eb.or([
          eb('business_date', '>', date),
          eb.and([eb('business_date', '=', date), eb('key', '>', key)]),
        ]),
      );
    }
    const rows = await page.orderBy('business_date').orderBy('key').limit(rollupsPerPage).execute();
    const last = rows.at(-1);
    if (!last) break;
    after = { date: last.business_date, key: last.key };
    for (const row of rows) {
      const total = running.get(row.key) ?? zeroMeasures();
      for (const m of ROLLUP_MEASURES) total[m] += Number(row[m]);
      running.set(row.key, total);
      totals.push({ store_id: storeId, product_id: row.key, business_date: row.business_date, ...total });
    }
  }
  // In key order: each insert then lands beside the last one in the primary key, not all over it.
  totals.sort((a, b) => compare(a.product_id, b.product_id) || compare(a.business_date, b.business_date));
  for (let start = 0; start < totals.length; start += rowsPerInsert) {
    await db
      .insertInto('product_running_totals')
      .values(totals.slice(start, start + rowsPerInsert))
      .onConflict((oc) =>
        oc
          .columns(['store_id', 'product_id', 'business_date'])
          .doUpdateSet((eb) => Object.fromEntries(ROLLUP_MEASURES.map((m) => [m, eb.ref(`excluded.${m}`)]))),
      )
      .execute();
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The sums over `from` (included) to `before` (excluded) of the products with a rollup row in it,
 * over the stores: each product's latest totals before `before` in a store, less its latest before
 * `from` ('' : every date before `before`), added up over the stores. Driven by the products (the
 * outer loop on SQLite: LEFT JOIN keeps the order, and the WHERE term reads `upto` through
 * COALESCE so SQLite does not turn it back into an inner join and scan the running totals
 * instead): two index seeks for the dates and two for the rows per product and store, whatever
 * the length of the range. Summed in SQL, as handing a row to JavaScript costs more than adding it.
 */
async function differences(
  db: Kysely<Schema>,
  storeIds: readonly string[],
  from: string,
  before: string,
  only: {
    readonly keys?: readonly string[] | undefined;
    readonly measures?: readonly RollupMeasure[] | undefined;
  },
): Promise<Map<string, RollupMeasures>> {
  const onlyKeys = only.keys ? sql`and p.id in (${sql.join([...only.keys])})` : sql``;
  const rows = await sql<Record<string, unknown>>`
    select d.product_id as key,
      ${sql.join(
        (only.measures ?? ROLLUP_MEASURES).map(
          (m) =>
            sql`cast(sum(${sql.ref(`upto.${m}`)} - coalesce(${sql.ref(`until.${m}`)}, 0)) as bigint) as ${sql.ref(m)}`,
        ),
      )}
    from (
      select p.id as product_id, s.id as store_id, (${latestDate(before)}) as upto_date,
        (${latestDate(from)}) as until_date
      from products p cross join stores s
      where s.id in (${sql.join([...storeIds])}) ${onlyKeys}
    ) d
    left join product_running_totals upto on upto.store_id = d.store_id and upto.product_id = d.product_id
      and upto.business_date = d.upto_date
    left join product_running_totals until on until.store_id = d.store_id
      and until.product_id = d.product_id and until.business_date = d.until_date
    where coalesce(upto.business_date, '') >= ${from}
    group by d.product_id
    order by d.product_id`.execute(db);
  return new Map(rows.rows.map((row) => [String(row.key), measuresOf(row)]));
}

/** The date of product `p.id`'s latest running totals in store `s.id` before `before` (correlated). */
function latestDate(before: string) {
  return sql`select max(l.business_date) from product_running_totals l
    where l.store_id = s.id and l.product_id = p.id and l.business_date < ${before}`;
}

function measuresOf(row: Record<string, unknown>): RollupMeasures {
  const measures = zeroMeasures();
  // bigint on PostgreSQL is read as text.
  for (const m of ROLLUP_MEASURES) measures[m] = Number(row[m] ?? 0);
  return measures;
}
