import { roundDiv } from '@kassa/core';
import { type Insertable, type Kysely, PostgresAdapter, sql } from 'kysely';
import { inTransaction } from './in-transaction';
import { prepareQuery } from './prepared-query';
import type { Schema, StockLevelsTable, StockMovementReason, StockMovementsTable } from './schema';

/** One entry of the stock ledger. */
export interface StockMovement {
  id: string;
  storeId: string;
  /** Where in the store (ADR 0014); sales and refunds move the store's sales floor. */
  locationId: string;
  productId: string;
  /** Signed thousandths: negative for a sale, positive for a receipt. */
  quantity: number;
  reason: StockMovementReason;
  /** The sale, refund, count or delivery that caused it. */
  refId: string | null;
  unitCost: number | null;
  createdAt: number;
  staffId: string | null;
}

/** Stock on hand of a product at a location. */
export interface StockLevel {
  locationId: string;
  productId: string;
  /** Thousandths; may be negative when sales outran the recorded stock. */
  onHand: number;
  updatedAt: number;
  /** Thousandths: going below it alerts (`low_stock`); null for none. */
  reorderPoint: number | null;
}

/** A level as movements left it: on hand after them, and the reorder point to compare it with. */
export interface LevelAfter {
  locationId: string;
  productId: string;
  onHand: number;
  reorderPoint: number | null;
}

/** A location's reorder point of a product. */
export interface ReorderPoint {
  storeId: string;
  locationId: string;
  /** Thousandths. */
  reorderPoint: number;
}

/** A level whose on hand is not the sum of its ledger (`kassa stock rebuild --check`). */
export interface LedgerDifference {
  storeId: string;
  locationId: string;
  productId: string;
  /** What the level says; 0 when there is no level row. */
  onHand: number;
  /** The sum of the level's movements. */
  ledger: number;
}

/** What a level held at a moment, by its ledger: quantity and value at the costs it was booked at. */
export interface LedgerValue {
  locationId: string;
  productId: string;
  /** Thousandths. */
  onHand: number;
  /** Minor units: the sum of quantity × unit cost of its movements, rounded half-up once. */
  value: number;
  /** Thousandths of it booked without a cost (valued at 0). */
  uncosted: number;
}

/** Stock ledger and the on-hand balances kept in step with it. */
export interface StockRepository {
  /**
   * Appends a movement and adds it to the on-hand level in the same transaction (the caller's
   * when `db` is one); returns the new on-hand quantity.
   */
  applyMovement(movement: StockMovement): Promise<number>;
  /**
   * Appends movements and adds them to the levels, in two statements whatever their number (a
   * sale's lines); returns each level moved with its new on hand and its reorder point (read by the
   * same statement: a sale learns of a low-stock crossing for free).
   */
  applyMovements(movements: readonly StockMovement[]): Promise<LevelAfter[]>;
  /**
   * Sets (or with null clears) the product's reorder point at the location; a product that never
   * moved there gets a level of 0 on hand.
   */
  setReorderPoint(
    level: { storeId: string; locationId: string; productId: string },
    reorderPoint: number | null,
    at: number,
  ): Promise<void>;
  /** The product's reorder points, at the locations that have one, by location id. */
  listReorderPoints(productId: string): Promise<ReorderPoint[]>;
  /** On hand at the location, 0 for a product that never moved there. */
  getOnHand(locationId: string, productId: string): Promise<number>;
  /** The product's on hand at every location of every store (what its moving-average cost is of). */
  totalOnHand(productId: string): Promise<number>;
  /**
   * Levels at the store's locations, by product then location id; only the given products when
   * `productIds` is passed.
   */
  listLevels(storeId: string, productIds?: readonly string[]): Promise<StockLevel[]>;
  /** The product's movements at the location, oldest first. */
  listMovements(locationId: string, productId: string): Promise<StockMovement[]>;
  /**
   * On hand as the ledger says: the sum of the location's movements of the product. Read-only;
   * compare it with `getOnHand` to detect a drifted balance.
   */
  recomputeOnHand(locationId: string, productId: string): Promise<number>;
  /**
   * The store's levels as their ledgers stood before `before` (epoch ms), with their value at the
   * costs the movements were booked at; levels at 0 are left out. By location, then product.
   */
  ledgerValues(storeId: string, before: number): Promise<LedgerValue[]>;
  /** Every level that is not the sum of its movements (a movement without a level counts), in key order. */
  ledgerDifferences(): Promise<LedgerDifference[]>;
  /**
   * Sets every level that is not the sum of its movements to that sum, in one transaction that keeps
   * stock movements out meanwhile; answers the levels it set, as they were.
   */
  rebuildLevels(at: number): Promise<LedgerDifference[]>;
}

// Every sale applies movements: the statements are prepared (see prepareQuery).
const insertMovementsQuery = prepareQuery((db, params: { rows: Insertable<StockMovementsTable>[] }) =>
  db.insertInto('stock_movements').values(params.rows),
);
// The increment happens in the database under the row lock, never read-modify-write here.
const addToLevelsQuery = prepareQuery((db, params: { rows: Insertable<StockLevelsTable>[] }) =>
  db
    .insertInto('stock_levels')
    .values(params.rows)
    .onConflict((oc) =>
      oc.columns(['location_id', 'product_id']).doUpdateSet((eb) => ({
        on_hand: eb('stock_levels.on_hand', '+', eb.ref('excluded.on_hand')),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .returning(['location_id', 'product_id', 'on_hand', 'reorder_point']),
);

/** Stock on `db`, which may be a transaction. */
export function createStockRepository(db: Kysely<Schema>): StockRepository {
  return {
    applyMovement: async (movement) => {
      const [level] = await applyMovements(db, [movement]);
      return (level as LevelAfter).onHand;
    },
    applyMovements: (movements) => applyMovements(db, movements),
    async setReorderPoint(level, reorderPoint, at) {
      await db
        .insertInto('stock_levels')
        .values({
          location_id: level.locationId,
          product_id: level.productId,
          store_id: level.storeId,
          on_hand: 0,
          updated_at: at,
          reorder_point: reorderPoint,
        })
        .onConflict((oc) =>
          oc.columns(['location_id', 'product_id']).doUpdateSet({ reorder_point: reorderPoint }),
        )
        .execute();
    },
    async listReorderPoints(productId) {
      const rows = await db
        .selectFrom('stock_levels')
        .select(['store_id', 'location_id', 'reorder_point'])
        .where('product_id', '=', productId)
        .where('reorder_point', 'is not', null)
        .orderBy('location_id')
        .execute();
      return rows.map((row) => ({
        storeId: row.store_id,
        locationId: row.location_id,
        reorderPoint: Number(row.reorder_point),
      }));
    },
    async getOnHand(locationId, productId) {
      const row = await db
        .selectFrom('stock_levels')
        .select('on_hand')
        .where('location_id', '=', locationId)
        .where('product_id', '=', productId)
        .executeTakeFirst();
      return Number(row?.on_hand ?? 0);
    },
    async totalOnHand(productId) {
      const row = await db
        .selectFrom('stock_levels')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('on_hand'), eb.lit(0)).as('total'))
        .where('product_id', '=', productId)
        .executeTakeFirstOrThrow();
      return Number(row.total);
    },
    async listLevels(storeId, productIds) {
      if (productIds?.length === 0) return [];
      let select = db
        .selectFrom('stock_levels')
        .select([
          'location_id as locationId',
          'product_id as productId',
          'on_hand as onHand',
          'updated_at as updatedAt',
          'reorder_point as reorderPoint',
        ])
        // Location by location through the key: a store has a few.
        .where('location_id', 'in', (eb) =>
          eb.selectFrom('stock_locations').select('id').where('stock_locations.store_id', '=', storeId),
        )
        .orderBy('product_id')
        .orderBy('location_id');
      if (productIds) select = select.where('product_id', 'in', productIds);
      return select.execute();
    },
    async listMovements(locationId, productId) {
      const rows = await db
        .selectFrom('stock_movements')
        .selectAll()
        .where('store_id', '=', storeOf(db, locationId))
        .where('product_id', '=', productId)
        .where('location_id', '=', locationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        storeId: row.store_id,
        locationId: row.location_id,
        productId: row.product_id,
        quantity: Number(row.quantity),
        reason: row.reason,
        refId: row.ref_id,
        unitCost: row.unit_cost === null ? null : Number(row.unit_cost),
        createdAt: Number(row.created_at),
        staffId: row.staff_id,
      }));
    },
    async recomputeOnHand(locationId, productId) {
      const row = await db
        .selectFrom('stock_movements')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quantity'), eb.lit(0)).as('total'))
        .where('store_id', '=', storeOf(db, locationId))
        .where('product_id', '=', productId)
        .where('location_id', '=', locationId)
        .executeTakeFirstOrThrow();
      return Number(row.total);
    },
    async ledgerValues(storeId, before) {
      // Quantities summed per cost, values multiplied out here in bigint: a quantity times a cost can
      // pass 64 bits (PostgreSQL refuses, SQLite turns it into a float), a sum of quantities cannot.
      const rows = await db
        .selectFrom('stock_movements')
        .select((eb) => [
          'location_id',
          'product_id',
          'unit_cost',
          eb.fn.sum<string | number>('quantity').as('quantity'),
        ])
        .where('store_id', '=', storeId)
        .where('created_at', '<', before)
        .groupBy(['location_id', 'product_id', 'unit_cost'])
        .orderBy('location_id')
        .orderBy('product_id')
        .execute();
      const levels: {
        locationId: string;
        productId: string;
        onHand: number;
        value: bigint;
        uncosted: number;
      }[] = [];
      for (const row of rows) {
        let level = levels.at(-1);
        if (level?.locationId !== row.location_id || level.productId !== row.product_id) {
          level = {
            locationId: row.location_id,
            productId: row.product_id,
            onHand: 0,
            value: 0n,
            uncosted: 0,
          };
          levels.push(level);
        }
        const quantity = Number(row.quantity);
        level.onHand += quantity;
        if (row.unit_cost === null) level.uncosted += quantity;
        else level.value += BigInt(quantity) * BigInt(row.unit_cost);
      }
      return (
        levels
          .filter((level) => level.onHand !== 0)
          // Thousandths × minor units: one rounding for the level.
          .map((level) => ({ ...level, value: roundDiv(level.value, 1000n, 'half-up') }))
      );
    },
    async ledgerDifferences() {
      // Both directions: a level off its ledger, and a ledger without a level row.
      const { rows } = await sql<{
        store_id: string;
        location_id: string;
        product_id: string;
        on_hand: number | string;
        ledger: number | string;
      }>`
        select coalesce(l.store_id, m.store_id) as store_id, coalesce(l.location_id, m.location_id) as location_id,
          coalesce(l.product_id, m.product_id) as product_id, coalesce(l.on_hand, 0) as on_hand,
          coalesce(m.ledger, 0) as ledger
        from stock_levels l
        full join (
          select store_id, location_id, product_id, sum(quantity) as ledger
          from stock_movements group by store_id, location_id, product_id
        ) m on m.location_id = l.location_id and m.product_id = l.product_id
        where coalesce(l.on_hand, 0) <> coalesce(m.ledger, 0)
        order by 2, 3`.execute(db);
      return rows.map((row) => ({
        storeId: row.store_id,
        locationId: row.location_id,
        productId: row.product_id,
        onHand: Number(row.on_hand),
        ledger: Number(row.ledger),
      }));
    },
    rebuildLevels: (at) =>
      inTransaction(db, async (trx) => {
        // Sales append movements meanwhile on PostgreSQL (SQLite has one writer): they wait.
        if (trx.getExecutor().adapter instanceof PostgresAdapter) {
          await sql`lock table ${sql.table('stock_movements')} in share row exclusive mode`.execute(trx);
        }
        const differences = await createStockRepository(trx).ledgerDifferences();
        for (const d of differences) {
          await trx
            .insertInto('stock_levels')
            .values({
              location_id: d.locationId,
              product_id: d.productId,
              store_id: d.storeId,
              on_hand: d.ledger,
              updated_at: at,
            })
            .onConflict((oc) =>
              oc.columns(['location_id', 'product_id']).doUpdateSet({ on_hand: d.ledger, updated_at: at }),
            )
            .execute();
        }
        return differences;
      }),
  };
}

/** The location's store, as a subquery: a location's ledger is read through its store's index. */
function storeOf(db: Kysely<Schema>, locationId: string) {
  return db.selectFrom('stock_locations').select('store_id').where('stock_locations.id', '=', locationId);
}

async function applyMovements(
  db: Kysely<Schema>,
  movements: readonly StockMovement[],
): Promise<LevelAfter[]> {
  if (movements.length === 0) return [];
  // One level row per location and product: an upsert may not touch the same row twice
  // (PostgreSQL), and a sorted order means concurrent writers lock levels in the same order (no
  // deadlock).
  const deltas = new Map<
    string,
    { storeId: string; locationId: string; productId: string; quantity: number; at: number }
  >();
  for (const m of movements) {
    const key = `${m.locationId}\u0000${m.productId}`;
    const delta = deltas.get(key);
    if (delta) {
      delta.quantity += m.quantity;
      delta.at = Math.max(delta.at, m.createdAt);
    } else
      deltas.set(key, {
        storeId: m.storeId,
        locationId: m.locationId,
        productId: m.productId,
        quantity: m.quantity,
        at: m.createdAt,
      });
  }
  const levels = [...deltas.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
  return inTransaction(db, async (trx) => {
    const after: LevelAfter[] = [];
    // A sale's few rows go in one prepared statement; a count or an import may bring thousands, in
    // slices that stay under SQLite's 32,766 bound parameters (10 a movement, 5 a level).
    for (let i = 0; i < movements.length; i += ROWS_PER_STATEMENT) {
      await insertMovementsQuery.execute(trx, {
        rows: movements.slice(i, i + ROWS_PER_STATEMENT).map((m) => ({
          id: m.id,
          store_id: m.storeId,
          location_id: m.locationId,
          product_id: m.productId,
          quantity: m.quantity,
          reason: m.reason,
          ref_id: m.refId,
          unit_cost: m.unitCost,
          created_at: m.createdAt,
          staff_id: m.staffId,
        })),
      });
    }
    for (let i = 0; i < levels.length; i += ROWS_PER_STATEMENT) {
      const rows = await addToLevelsQuery.execute(trx, {
        rows: levels.slice(i, i + ROWS_PER_STATEMENT).map((l) => ({
          location_id: l.locationId,
          product_id: l.productId,
          store_id: l.storeId,
          on_hand: l.quantity,
          updated_at: l.at,
        })),
      });
      for (const row of rows) {
        after.push({
          locationId: row.location_id,
          productId: row.product_id,
          onHand: Number(row.on_hand),
          reorderPoint: row.reorder_point === null ? null : Number(row.reorder_point),
        });
      }
    }
    return after;
  });
}

/** Rows per multi-row insert of movements or levels. */
const ROWS_PER_STATEMENT = 1000;
