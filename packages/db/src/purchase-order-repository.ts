import type { PurchaseOrderStatus } from '@kassa/core';
import type { Kysely, Selectable } from 'kysely';
import type { PurchaseOrdersTable, Schema } from './schema';
import { takeNumber } from './take-number';
import { translateUniqueViolation } from './unique-violation';

/** A line of a purchase order: thousandths ordered and received so far. */
export interface PurchaseOrderLine {
  productId: string;
  quantity: number;
  /** Minor units per unit. */
  unitCost: number;
  /** Thousandths of the unit per pack. */
  packSize: number;
  received: number;
}

/** A purchase order as kept; `number` counts up per store from 1. */
export interface PurchaseOrder {
  id: string;
  storeId: string;
  number: number;
  supplierId: string;
  locationId: string;
  status: PurchaseOrderStatus;
  expectedOn: string | null;
  note: string;
  staffId: string;
  createdAt: number;
  updatedAt: number;
  sentAt: number | null;
  closedAt: number | null;
  requestHash: string;
  lines: PurchaseOrderLine[];
}

/** What a draft's edit replaces. */
export type PurchaseOrderContent = Pick<
  PurchaseOrder,
  'supplierId' | 'locationId' | 'expectedOn' | 'note' | 'lines'
>;

/**
 * Purchase orders; `insert` throws `UniqueViolationError<'id'>` on an id already used. Lines come
 * in the order they were written.
 */
export interface PurchaseOrderRepository {
  /** The store's next order number; the counter row stays locked until the transaction ends. */
  takeNumber(storeId: string): Promise<number>;
  insert(order: PurchaseOrder): Promise<void>;
  get(id: string): Promise<PurchaseOrder | undefined>;
  /** Locks the order's row until the transaction ends: receipts against it count one after another. */
  lock(id: string): Promise<void>;
  /** Newest first (by number), `limit` of them after `beforeNumber`. */
  list(
    storeId: string,
    options: {
      status?: PurchaseOrderStatus | undefined;
      supplierId?: string | undefined;
      beforeNumber?: number | undefined;
      limit: number;
    },
  ): Promise<PurchaseOrder[]>;
  replaceContent(id: string, content: PurchaseOrderContent, updatedAt: number): Promise<void>;
  setStatus(
    id: string,
    status: PurchaseOrderStatus,
    at: { updatedAt: number; sentAt?: number; closedAt?: number },
  ): Promise<void>;
  /**
   * Counts goods received against the order's lines; a product the order did not have gets a line
   * of its own, ordered 0.
   */
  addReceived(
    id: string,
    lines: readonly Pick<PurchaseOrderLine, 'productId' | 'quantity' | 'unitCost' | 'packSize'>[],
  ): Promise<void>;
}

const uniqueConstraints = { purchase_orders_pkey: 'id' } as const;

/** Purchase orders on `db`, which may be a transaction. */
export function createPurchaseOrderRepository(db: Kysely<Schema>): PurchaseOrderRepository {
  async function linesOf(ids: readonly string[]): Promise<Map<string, PurchaseOrderLine[]>> {
    const byOrder = new Map<string, PurchaseOrderLine[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byOrder;
    const rows = await db
      .selectFrom('purchase_order_lines')
      .selectAll()
      .where('order_id', 'in', [...ids])
      .orderBy('order_id')
      .orderBy('line_no')
      .execute();
    for (const row of rows) {
      byOrder.get(row.order_id)?.push({
        productId: row.product_id,
        quantity: Number(row.quantity),
        unitCost: Number(row.unit_cost),
        packSize: Number(row.pack_size),
        received: Number(row.received),
      });
    }
    return byOrder;
  }

  async function insertLines(orderId: string, lines: readonly PurchaseOrderLine[], firstNo: number) {
    if (lines.length === 0) return;
    await db
      .insertInto('purchase_order_lines')
      .values(
        lines.map((line, index) => ({
          order_id: orderId,
          line_no: firstNo + index,
          product_id: line.productId,
          quantity: line.quantity,
          unit_cost: line.unitCost,
          pack_size: line.packSize,
          received: line.received,
        })),
      )
      .execute();
  }

  return {
    takeNumber: (storeId) => takeNumber(db, `purchase_order:${storeId}`),
    async insert(order) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .insertInto('purchase_orders')
          .values({
            id: order.id,
            store_id: order.storeId,
            number: order.number,
            supplier_id: order.supplierId,
            location_id: order.locationId,
            status: order.status,
            expected_on: order.expectedOn,
            note: order.note,
            staff_id: order.staffId,
            created_at: order.createdAt,
            updated_at: order.updatedAt,
            sent_at: order.sentAt,
            closed_at: order.closedAt,
            request_hash: order.requestHash,
          })
          .execute(),
      );
      await insertLines(order.id, order.lines, 1);
    },
    async get(id) {
      const row = await db.selectFrom('purchase_orders').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return toOrder(row, (await linesOf([id])).get(id) ?? []);
    },
    async lock(id) {
      await db
        .updateTable('purchase_orders')
        .set((eb) => ({ status: eb.ref('status') }))
        .where('id', '=', id)
        .execute();
    },
    async list(storeId, { status, supplierId, beforeNumber, limit }) {
      let select = db
        .selectFrom('purchase_orders')
        .selectAll()
        .where('store_id', '=', storeId)
        .orderBy('number', 'desc')
        .limit(limit);
      if (status) select = select.where('status', '=', status);
      if (supplierId) select = select.where('supplier_id', '=', supplierId);
      if (beforeNumber !== undefined) select = select.where('number', '<', beforeNumber);
      const rows = await select.execute();
      const lines = await linesOf(rows.map((row) => row.id));
      return rows.map((row) => toOrder(row, lines.get(row.id) ?? []));
    },
    async replaceContent(id, content, updatedAt) {
      await db
        .updateTable('purchase_orders')
        .set({
          supplier_id: content.supplierId,
          location_id: content.locationId,
          expected_on: content.expectedOn,
          note: content.note,
          updated_at: updatedAt,
        })
        .where('id', '=', id)
        .execute();
      await db.deleteFrom('purchase_order_lines').where('order_id', '=', id).execute();
      await insertLines(id, content.lines, 1);
    },
    async setStatus(id, status, at) {
      await db
        .updateTable('purchase_orders')
        .set({
          status,
          updated_at: at.updatedAt,
          ...(at.sentAt === undefined ? {} : { sent_at: at.sentAt }),
          ...(at.closedAt === undefined ? {} : { closed_at: at.closedAt }),
        })
        .where('id', '=', id)
        .execute();
    },
    async addReceived(id, lines) {
      const existing = (await linesOf([id])).get(id) ?? [];
      const extra: PurchaseOrderLine[] = [];
      for (const line of lines) {
        if (existing.some((ordered) => ordered.productId === line.productId)) {
          await db
            .updateTable('purchase_order_lines')
            .set((eb) => ({ received: eb('received', '+', line.quantity) }))
            .where('order_id', '=', id)
            .where('product_id', '=', line.productId)
            .execute();
        } else {
          extra.push({ ...line, quantity: 0, received: line.quantity });
        }
      }
      const lastNo = await db
        .selectFrom('purchase_order_lines')
        .select((eb) => eb.fn.max('line_no').as('last'))
        .where('order_id', '=', id)
        .executeTakeFirst();
      await insertLines(id, extra, Number(lastNo?.last ?? 0) + 1);
    },
  };
}

function toOrder(row: Selectable<PurchaseOrdersTable>, lines: PurchaseOrderLine[]): PurchaseOrder {
  return {
    id: row.id,
    storeId: row.store_id,
    number: Number(row.number),
    supplierId: row.supplier_id,
    locationId: row.location_id,
    status: row.status,
    expectedOn: row.expected_on,
    note: row.note,
    staffId: row.staff_id,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    sentAt: row.sent_at === null ? null : Number(row.sent_at),
    closedAt: row.closed_at === null ? null : Number(row.closed_at),
    requestHash: row.request_hash,
    lines,
  };
}
