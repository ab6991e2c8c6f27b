import type { Insertable, Kysely } from 'kysely';
import { inTransaction } from './in-transaction';
import { prepareQuery } from './prepared-query';
import type { Schema, StockLevelsTable, StockMovementReason, StockMovementsTable } from './schema';

/** One entry of the stock ledger. */
export interface StockMovement {
  id: string;
  storeId: string;
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

/** Stock on hand of a product in a store. */
export interface StockLevel {
  productId: string;
  /** Thousandths; may be negative when sales outran the recorded stock. */
  onHand: number;
  updatedAt: number;
  /** Thousandths: going below it alerts (`low_stock`); null for none. */
  reorderPoint: number | null;
}

/** A level as movements left it: on hand after them, and the reorder point to compare it with. */
export interface LevelAfter {
  onHand: number;
  reorderPoint: number | null;
}

/** A store's reorder point of a product. */
export interface ReorderPoint {
  storeId: string;
  /** Thousandths. */
  reorderPoint: number;
}

/** Stock ledger and the on-hand balances kept in step with it. */
export interface StockRepository {
  /**
   * Appends a movement and adds it to the on-hand level in the same transaction (the caller's
   * when `db` is one); returns the new on-hand quantity.
   */
  applyMovement(movement: StockMovement): Promise<number>;
  /**
   * Appends several movements of one store and adds them to the levels, in two statements whatever
   * their number (a sale's lines); returns the new on-hand per product moved, with its reorder
   * point (read by the same statement: a sale learns of a low-stock crossing for free).
   */
  applyMovements(movements: readonly StockMovement[]): Promise<Map<string, LevelAfter>>;
  /**
   * Sets (or with null clears) the product's reorder point in the store; a product that never
   * moved there gets a level of 0 on hand.
   */
  setReorderPoint(storeId: string, productId: string, reorderPoint: number | null, at: number): Promise<void>;
  /** The product's reorder points, in the stores that have one, by store id. */
  listReorderPoints(productId: string): Promise<ReorderPoint[]>;
  /** On hand, 0 for a product that never moved in the store. */
  getOnHand(storeId: string, productId: string): Promise<number>;
  /** Levels of the store, by product id; only the given products when `productIds` is passed. */
  listLevels(storeId: string, productIds?: readonly string[]): Promise<StockLevel[]>;
  /** The product's movements in the store, oldest first. */
  listMovements(storeId: string, productId: string): Promise<StockMovement[]>;
  /**
   * On hand as the ledger says: the sum of all movements. Read-only; compare it with
   * `getOnHand` to detect a drifted balance.
   */
  recomputeOnHand(storeId: string, productId: string): Promise<number>;
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
      oc.columns(['store_id', 'product_id']).doUpdateSet((eb) => ({
        on_hand: eb('stock_levels.on_hand', '+', eb.ref('excluded.on_hand')),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .returning(['product_id', 'on_hand', 'reorder_point']),
);

/** Stock on `db`, which may be a transaction. */
export function createStockRepository(db: Kysely<Schema>): StockRepository {
  return {
    applyMovement: async (movement) => {
      const levels = await applyMovements(db, [movement]);
      return (levels.get(movement.productId) as LevelAfter).onHand;
    },
    applyMovements: (movements) => applyMovements(db, movements),
    async setReorderPoint(storeId, productId, reorderPoint, at) {
      await db
        .insertInto('stock_levels')
        .values({
          store_id: storeId,
          product_id: productId,
          on_hand: 0,
          updated_at: at,
          reorder_point: reorderPoint,
        })
        .onConflict((oc) =>
          oc.columns(['store_id', 'product_id']).doUpdateSet({ reorder_point: reorderPoint }),
        )
        .execute();
    },
    async listReorderPoints(productId) {
      const rows = await db
        .selectFrom('stock_levels')
        .select(['store_id', 'reorder_point'])
        .where('product_id', '=', productId)
        .where('reorder_point', 'is not', null)
        .orderBy('store_id')
        .execute();
      return rows.map((row) => ({ storeId: row.store_id, reorderPoint: row.reorder_point as number }));
    },
    async getOnHand(storeId, productId) {
      const row = await db
        .selectFrom('stock_levels')
        .select('on_hand')
        .where('store_id', '=', storeId)
        .where('product_id', '=', productId)
        .executeTakeFirst();
      return row?.on_hand ?? 0;
    },
    async listLevels(storeId, productIds) {
      if (productIds?.length === 0) return [];
      let select = db
        .selectFrom('stock_levels')
        .select([
          'product_id as productId',
          'on_hand as onHand',
          'updated_at as updatedAt',
          'reorder_point as reorderPoint',
        ])
        .where('store_id', '=', storeId)
        .orderBy('product_id');
      if (productIds) select = select.where('product_id', 'in', productIds);
      return select.execute();
    },
    async listMovements(storeId, productId) {
      const rows = await db
        .selectFrom('stock_movements')
        .selectAll()
        .where('store_id', '=', storeId)
        .where('product_id', '=', productId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        storeId: row.store_id,
        productId: row.product_id,
        quantity: row.quantity,
        reason: row.reason,
        refId: row.ref_id,
        unitCost: row.unit_cost,
        createdAt: row.created_at,
        staffId: row.staff_id,
      }));
    },
    async recomputeOnHand(storeId, productId) {
      const row = await db
        .selectFrom('stock_movements')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quantity'), eb.lit(0)).as('total'))
        .where('store_id', '=', storeId)
        .where('product_id', '=', productId)
        .executeTakeFirstOrThrow();
      return Number(row.total);
    },
  };
}

async function applyMovements(
  db: Kysely<Schema>,
  movements: readonly StockMovement[],
): Promise<Map<string, LevelAfter>> {
  if (movements.length === 0) return new Map();
  // One level row per product and store: an upsert may not touch the same row twice (PostgreSQL),
  // and a sorted order means concurrent writers lock levels in the same order (no deadlock).
  const deltas = new Map<string, { storeId: string; productId: string; quantity: number; at: number }>();
  for (const m of movements) {
    const key = `${m.storeId}\u0000${m.productId}`;
    const delta = deltas.get(key);
    if (delta) {
      delta.quantity += m.quantity;
      delta.at = Math.max(delta.at, m.createdAt);
    } else
      deltas.set(key, { storeId: m.storeId, productId: m.productId, quantity: m.quantity, at: m.createdAt });
  }
  const levels = [...deltas.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
  return inTransaction(db, async (trx) => {
    await insertMovementsQuery.execute(trx, {
      rows: movements.map((m) => ({
        id: m.id,
        store_id: m.storeId,
        product_id: m.productId,
        quantity: m.quantity,
        reason: m.reason,
        ref_id: m.refId,
        unit_cost: m.unitCost,
        created_at: m.createdAt,
        staff_id: m.staffId,
      })),
    });
    const rows = await addToLevelsQuery.execute(trx, {
      rows: levels.map((l) => ({
        store_id: l.storeId,
        product_id: l.productId,
        on_hand: l.quantity,
        updated_at: l.at,
      })),
    });
    return new Map(
      rows.map((row) => [row.product_id, { onHand: row.on_hand, reorderPoint: row.reorder_point }]),
    );
  });
}
