import type { Kysely, Selectable } from 'kysely';
import type { Schema, StockCountsTable } from './schema';
import { takeNumber } from './take-number';
import { translateUniqueViolation } from './unique-violation';

/** One counter's whole quantity of a product. */
export interface StockCountTally {
  staffId: string;
  quantity: number;
  countedAt: number;
}

/** A product in a count: on hand when first counted, the tallies, the difference once posted. */
export interface StockCountLine {
  productId: string;
  expected: number;
  snapshotAt: number;
  posted: number | null;
  tallies: StockCountTally[];
}

/** A stock count (盘点) of a location, all of it or one category. */
export interface StockCount {
  id: string;
  number: number;
  storeId: string;
  locationId: string;
  categoryId: string | null;
  blind: boolean;
  note: string;
  status: 'counting' | 'posted' | 'cancelled';
  startedBy: string;
  startedAt: number;
  postedBy: string | null;
  postedAt: number | null;
  requestHash: string;
  lines: StockCountLine[];
}

/**
 * Stock counts; `insert` throws `UniqueViolationError<'id'>` on an id used, `<'location'>` when the
 * location is being counted already.
 */
export interface StockCountRepository {
  takeNumber(): Promise<number>;
  insert(count: Omit<StockCount, 'lines'>): Promise<void>;
  get(id: string): Promise<StockCount | undefined>;
  /** Locks the count's row until the transaction ends. */
  lock(id: string): Promise<void>;
  /** Newest first, without lines; `counted` is how many products were counted. */
  list(
    storeId: string,
    options: { status?: StockCount['status'] | undefined; beforeNumber?: number | undefined; limit: number },
  ): Promise<(Omit<StockCount, 'lines'> & { counted: number })[]>;
  /** Takes a product's snapshot the first time it is counted; later calls keep the first. */
  snapshot(countId: string, productId: string, expected: number, at: number): Promise<void>;
  setTally(countId: string, productId: string, tally: StockCountTally): Promise<void>;
  /** Forgets products' tallies and snapshots: they are counted again. */
  forget(countId: string, productIds: readonly string[]): Promise<void>;
  /**
   * In-scope products with something on hand at the count's location (a shortfall too) that
   * nobody counted yet, with their on hand now.
   */
  uncounted(
    count: Pick<StockCount, 'id' | 'locationId' | 'categoryId'>,
  ): Promise<{ productId: string; onHand: number }[]>;
  /** Closes the count; posting records each product's difference (a line is made for one uncounted). */
  close(
    id: string,
    closing:
      | {
          status: 'posted';
          by: string;
          at: number;
          differences: readonly { productId: string; expected: number; posted: number }[];
        }
      | { status: 'cancelled' },
  ): Promise<void>;
}

const uniqueConstraints = {
  stock_counts_pkey: 'id',
  stock_counts_one_open_per_location: 'location',
} as const;

/** Stock counts on `db`, which may be a transaction. */
export function createStockCountRepository(db: Kysely<Schema>): StockCountRepository {
  return {
    takeNumber: () => takeNumber(db, 'stock_count'),
    async insert(count) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .insertInto('stock_counts')
          .values({
            id: count.id,
            number: count.number,
            store_id: count.storeId,
            location_id: count.locationId,
            category_id: count.categoryId,
            blind: count.blind ? 1 : 0,
            note: count.note,
            status: count.status,
            started_by: count.startedBy,
            started_at: count.startedAt,
            posted_by: count.postedBy,
            posted_at: count.postedAt,
            request_hash: count.requestHash,
          })
          .execute(),
      );
    },
    async get(id) {
      const row = await db.selectFrom('stock_counts').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const [lines, tallies] = await Promise.all([
        db
          .selectFrom('stock_count_lines')
          .selectAll()
          .where('count_id', '=', id)
          .orderBy('snapshot_at')
          .orderBy('product_id')
          .execute(),
        db
          .selectFrom('stock_count_tallies')
          .selectAll()
          .where('count_id', '=', id)
          .orderBy('counted_at')
          .orderBy('staff_id')
          .execute(),
      ]);
      return {
        ...toCount(row),
        lines: lines.map((line) => ({
          productId: line.product_id,
          expected: Number(line.expected),
          snapshotAt: Number(line.snapshot_at),
          posted: line.posted === null ? null : Number(line.posted),
          tallies: tallies
            .filter((tally) => tally.product_id === line.product_id)
            .map((tally) => ({
              staffId: tally.staff_id,
              quantity: Number(tally.quantity),
              countedAt: Number(tally.counted_at),
            })),
        })),
      };
    },
    async lock(id) {
      await db
        .updateTable('stock_counts')
        .set((eb) => ({ status: eb.ref('status') }))
        .where('id', '=', id)
        .execute();
    },
    async list(storeId, { status, beforeNumber, limit }) {
      let select = db
        .selectFrom('stock_counts as c')
        .selectAll('c')
        .select((eb) =>
          eb
            .selectFrom('stock_count_lines as l')
            .select((inner) => inner.fn.countAll<number | string>().as('n'))
            .whereRef('l.count_id', '=', 'c.id')
            .as('counted'),
        )
        .where('c.store_id', '=', storeId)
        .orderBy('c.number', 'desc')
        .limit(limit);
      if (status) select = select.where('c.status', '=', status);
      if (beforeNumber !== undefined) select = select.where('c.number', '<', beforeNumber);
      const rows = await select.execute();
      return rows.map((row) => ({ ...toCount(row), counted: Number(row.counted ?? 0) }));
    },
    async snapshot(countId, productId, expected, at) {
      await db
        .insertInto('stock_count_lines')
        .values({ count_id: countId, product_id: productId, expected, snapshot_at: at, posted: null })
        .onConflict((oc) => oc.columns(['count_id', 'product_id']).doNothing())
        .execute();
    },
    async setTally(countId, productId, tally) {
      const values = { quantity: tally.quantity, counted_at: tally.countedAt };
      await db
        .insertInto('stock_count_tallies')
        .values({ count_id: countId, product_id: productId, staff_id: tally.staffId, ...values })
        .onConflict((oc) => oc.columns(['count_id', 'product_id', 'staff_id']).doUpdateSet(values))
        .execute();
    },
    async forget(countId, productIds) {
      if (productIds.length === 0) return;
      for (const table of ['stock_count_tallies', 'stock_count_lines'] as const) {
        await db
          .deleteFrom(table)
          .where('count_id', '=', countId)
          .where('product_id', 'in', [...productIds])
          .execute();
      }
    },
    async uncounted(count) {
      let select = db
        .selectFrom('stock_levels as s')
        .innerJoin('products as p', 'p.id', 's.product_id')
        .select(['s.product_id', 's.on_hand'])
        .where('s.location_id', '=', count.locationId)
        .where('s.on_hand', '<>', 0)
        .where('p.track_stock', '=', 1)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('stock_count_lines as l')
                .select('l.product_id')
                .where('l.count_id', '=', count.id)
                .whereRef('l.product_id', '=', 's.product_id'),
            ),
          ),
        )
        .orderBy('p.sku');
      if (count.categoryId !== null) select = select.where('p.category_id', '=', count.categoryId);
      const rows = await select.execute();
      return rows.map((row) => ({ productId: row.product_id, onHand: Number(row.on_hand) }));
    },
    async close(id, closing) {
      if (closing.status === 'cancelled') {
        await db.updateTable('stock_counts').set({ status: 'cancelled' }).where('id', '=', id).execute();
        return;
      }
      for (const difference of closing.differences) {
        await db
          .insertInto('stock_count_lines')
          .values({
            count_id: id,
            product_id: difference.productId,
            expected: difference.expected,
            snapshot_at: closing.at,
            posted: difference.posted,
          })
          .onConflict((oc) =>
            oc.columns(['count_id', 'product_id']).doUpdateSet({ posted: difference.posted }),
          )
          .execute();
      }
      await db
        .updateTable('stock_counts')
        .set({ status: 'posted', posted_by: closing.by, posted_at: closing.at })
        .where('id', '=', id)
        .execute();
    },
  };
}

function toCount(row: Selectable<StockCountsTable>): Omit<StockCount, 'lines'> {
  return {
    id: row.id,
    number: Number(row.number),
    storeId: row.store_id,
    locationId: row.location_id,
    categoryId: row.category_id,
    blind: row.blind === 1,
    note: row.note,
    status: row.status,
    startedBy: row.started_by,
    startedAt: Number(row.started_at),
    postedBy: row.posted_by,
    postedAt: row.posted_at === null ? null : Number(row.posted_at),
    requestHash: row.request_hash,
  };
}
