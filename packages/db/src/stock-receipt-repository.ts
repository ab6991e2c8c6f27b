import type { Kysely } from 'kysely';
import type { Schema } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A line of a receipt as booked. */
export interface StockReceiptLine {
  productId: string;
  /** Thousandths, above 0. */
  quantity: number;
  /** Minor units per unit. */
  unitCost: number;
  /** The product's cost before the receipt (null: none) and after it (moving average). */
  costBefore: number | null;
  costAfter: number;
}

/** Goods received at a location (收货入库). */
export interface StockReceipt {
  id: string;
  storeId: string;
  locationId: string;
  /** The order delivered against, if any. */
  purchaseOrderId: string | null;
  /** The kept supplier who delivered, if known. */
  supplierId: string | null;
  /** Who delivered, in words ('' when not said). */
  supplier: string;
  /** The delivery note's number ('' when none). */
  reference: string;
  staffId: string;
  createdAt: number;
  requestHash: string;
  lines: StockReceiptLine[];
}

/** Stock receipt records; `insert` throws `UniqueViolationError<'id'>` on an id already used. */
export interface StockReceiptRepository {
  insert(receipt: StockReceipt): Promise<void>;
  get(id: string): Promise<StockReceipt | undefined>;
  /** The ids of the receipts booked against a purchase order, oldest first. */
  idsForOrder(orderId: string): Promise<string[]>;
}

const uniqueConstraints = { stock_receipts_pkey: 'id' } as const;

/** Stock receipts on `db`, which may be a transaction; their movements are the stock repository's. */
export function createStockReceiptRepository(db: Kysely<Schema>): StockReceiptRepository {
  return {
    async insert(receipt) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .insertInto('stock_receipts')
          .values({
            id: receipt.id,
            store_id: receipt.storeId,
            location_id: receipt.locationId,
            purchase_order_id: receipt.purchaseOrderId,
            supplier_id: receipt.supplierId,
            supplier: receipt.supplier,
            reference: receipt.reference,
            staff_id: receipt.staffId,
            created_at: receipt.createdAt,
            request_hash: receipt.requestHash,
          })
          .execute(),
      );
      await db
        .insertInto('stock_receipt_lines')
        .values(
          receipt.lines.map((line, index) => ({
            receipt_id: receipt.id,
            line_no: index + 1,
            product_id: line.productId,
            quantity: line.quantity,
            unit_cost: line.unitCost,
            cost_before: line.costBefore,
            cost_after: line.costAfter,
          })),
        )
        .execute();
    },
    async idsForOrder(orderId) {
      const rows = await db
        .selectFrom('stock_receipts')
        .select('id')
        .where('purchase_order_id', '=', orderId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => row.id);
    },
    async get(id) {
      const row = await db.selectFrom('stock_receipts').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const lines = await db
        .selectFrom('stock_receipt_lines')
        .selectAll()
        .where('receipt_id', '=', id)
        .orderBy('line_no')
        .execute();
      return {
        id: row.id,
        storeId: row.store_id,
        locationId: row.location_id,
        purchaseOrderId: row.purchase_order_id,
        supplierId: row.supplier_id,
        supplier: row.supplier,
        reference: row.reference,
        staffId: row.staff_id,
        createdAt: Number(row.created_at),
        requestHash: row.request_hash,
        lines: lines.map((line) => ({
          productId: line.product_id,
          quantity: Number(line.quantity),
          unitCost: Number(line.unit_cost),
          costBefore: line.cost_before === null ? null : Number(line.cost_before),
          costAfter: Number(line.cost_after),
        })),
      };
    },
  };
}
