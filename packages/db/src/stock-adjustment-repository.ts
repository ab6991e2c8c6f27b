import type { Kysely } from 'kysely';
import type { Schema, StockAdjustmentKind } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A write-off (报损) or correction of a location's stock, made by hand with a reason. */
export interface StockAdjustment {
  id: string;
  storeId: string;
  locationId: string;
  kind: StockAdjustmentKind;
  reason: string;
  staffId: string;
  createdAt: number;
  requestHash: string;
  /** Signed thousandths per product, as booked (a write-off is negative). */
  lines: { productId: string; quantity: number }[];
}

/** Stock adjustment records; `insert` throws `UniqueViolationError<'id'>` on an id already used. */
export interface StockAdjustmentRepository {
  insert(adjustment: StockAdjustment): Promise<void>;
  get(id: string): Promise<StockAdjustment | undefined>;
}

const uniqueConstraints = { stock_adjustments_pkey: 'id' } as const;

/** Stock adjustments on `db`, which may be a transaction; their movements are the stock repository's. */
export function createStockAdjustmentRepository(db: Kysely<Schema>): StockAdjustmentRepository {
  return {
    async insert(adjustment) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .insertInto('stock_adjustments')
          .values({
            id: adjustment.id,
            store_id: adjustment.storeId,
            location_id: adjustment.locationId,
            kind: adjustment.kind,
            reason: adjustment.reason,
            staff_id: adjustment.staffId,
            created_at: adjustment.createdAt,
            request_hash: adjustment.requestHash,
          })
          .execute(),
      );
      await db
        .insertInto('stock_adjustment_lines')
        .values(
          adjustment.lines.map((line, index) => ({
            adjustment_id: adjustment.id,
            line_no: index + 1,
            product_id: line.productId,
            quantity: line.quantity,
          })),
        )
        .execute();
    },
    async get(id) {
      const row = await db
        .selectFrom('stock_adjustments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const lines = await db
        .selectFrom('stock_adjustment_lines')
        .select(['product_id', 'quantity'])
        .where('adjustment_id', '=', id)
        .orderBy('line_no')
        .execute();
      return {
        id: row.id,
        storeId: row.store_id,
        locationId: row.location_id,
        kind: row.kind,
        reason: row.reason,
        staffId: row.staff_id,
        createdAt: Number(row.created_at),
        requestHash: row.request_hash,
        lines: lines.map((line) => ({ productId: line.product_id, quantity: Number(line.quantity) })),
      };
    },
  };
}
