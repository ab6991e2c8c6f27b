import type { Kysely } from 'kysely';
import { inTransaction } from './in-transaction';
import type { Schema, StockMovementReason } from './schema';

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
}

/** Stock ledger and the on-hand balances kept in step with it. */
export interface StockRepository {
  /**
   * Appends a movement and adds it to the on-hand level in the same transaction (the caller's
   * when `db` is one); returns the new on-hand quantity.
   */
  applyMovement(movement: StockMovement): Promise<number>;
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

/** Stock on `db`, which may be a transaction. */
export function createStockRepository(db: Kysely<Schema>): StockRepository {
  return {
    applyMovement: (movement) =>
      inTransaction(db, async (trx) => {
        await trx
          .insertInto('stock_movements')
          .values({
            id: movement.id,
            store_id: movement.storeId,
            product_id: movement.productId,
            quantity: movement.quantity,
            reason: movement.reason,
            ref_id: movement.refId,
            unit_cost: movement.unitCost,
            created_at: movement.createdAt,
            staff_id: movement.staffId,
          })
          .execute();
        // The increment happens in the database under the row lock, never read-modify-write here.
        const level = await trx
          .insertInto('stock_levels')
          .values({
            store_id: movement.storeId,
            product_id: movement.productId,
            on_hand: movement.quantity,
            updated_at: movement.createdAt,
          })
          .onConflict((oc) =>
            oc.columns(['store_id', 'product_id']).doUpdateSet((eb) => ({
              on_hand: eb('stock_levels.on_hand', '+', eb.ref('excluded.on_hand')),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .returning('on_hand')
          .executeTakeFirstOrThrow();
        return level.on_hand;
      }),
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
        .select(['product_id as productId', 'on_hand as onHand', 'updated_at as updatedAt'])
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
