import type { StockTransferStatus } from '@kassa/core';
import type { Kysely, Selectable } from 'kysely';
import type { Schema, StockTransfersTable } from './schema';
import { takeNumber } from './take-number';
import { translateUniqueViolation } from './unique-violation';

/** A line of a transfer: thousandths requested, then shipped and received (null until then). */
export interface StockTransferLine {
  productId: string;
  requested: number;
  shipped: number | null;
  received: number | null;
  /** Minor units per unit the goods moved at; null until shipped (or for a product without a cost). */
  unitCost: number | null;
}

/** Who did a step of a transfer and when; null while it is not done. */
type Step = { by: string | null; at: number | null };

/** A transfer (调拨) between two locations, of one store or two. */
export interface StockTransfer {
  id: string;
  number: number;
  status: StockTransferStatus;
  fromStoreId: string;
  fromLocationId: string;
  toStoreId: string;
  toLocationId: string;
  note: string;
  requestedBy: string;
  requestedAt: number;
  approved: Step;
  shipped: Step;
  received: Step;
  requestHash: string;
  lines: StockTransferLine[];
}

/** Transfers; `insert` throws `UniqueViolationError<'id'>` on an id already used. */
export interface StockTransferRepository {
  /** The next transfer number; the counter row stays locked until the transaction ends. */
  takeNumber(): Promise<number>;
  insert(transfer: StockTransfer): Promise<void>;
  get(id: string): Promise<StockTransfer | undefined>;
  /** Locks the transfer's row until the transaction ends: its steps happen one after another. */
  lock(id: string): Promise<void>;
  /** A store's transfers as source (`out`), destination (`in`) or either, newest first. */
  list(
    storeId: string,
    options: {
      direction?: 'in' | 'out' | undefined;
      status?: StockTransferStatus | undefined;
      beforeNumber?: number | undefined;
      limit: number;
    },
  ): Promise<StockTransfer[]>;
  /**
   * What transfers to a store had shipped before `before` and not received by then: per line the
   * quantity shipped and the cost it left at.
   */
  inTransitTo(storeId: string, before: number): Promise<{ shipped: number; unitCost: number | null }[]>;
  /** Records a step: the new status, who and when, and the lines' counts when it counted them. */
  step(
    id: string,
    status: StockTransferStatus,
    step: { field: 'approved' | 'shipped' | 'received'; by: string; at: number } | null,
    lines?: readonly StockTransferLine[],
  ): Promise<void>;
}

const uniqueConstraints = { stock_transfers_pkey: 'id' } as const;

/** Transfers on `db`, which may be a transaction. */
export function createStockTransferRepository(db: Kysely<Schema>): StockTransferRepository {
  async function withLines(rows: readonly Selectable<StockTransfersTable>[]): Promise<StockTransfer[]> {
    if (rows.length === 0) return [];
    const lines = await db
      .selectFrom('stock_transfer_lines')
      .selectAll()
      .where(
        'transfer_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('transfer_id')
      .orderBy('line_no')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      number: Number(row.number),
      status: row.status,
      fromStoreId: row.from_store_id,
      fromLocationId: row.from_location_id,
      toStoreId: row.to_store_id,
      toLocationId: row.to_location_id,
      note: row.note,
      requestedBy: row.requested_by,
      requestedAt: Number(row.requested_at),
      approved: step(row.approved_by, row.approved_at),
      shipped: step(row.shipped_by, row.shipped_at),
      received: step(row.received_by, row.received_at),
      requestHash: row.request_hash,
      lines: lines
        .filter((line) => line.transfer_id === row.id)
        .map((line) => ({
          productId: line.product_id,
          requested: Number(line.requested),
          shipped: nullableNumber(line.shipped),
          received: nullableNumber(line.received),
          unitCost: nullableNumber(line.unit_cost),
        })),
    }));
  }

  return {
    takeNumber: () => takeNumber(db, 'stock_transfer'),
    async insert(transfer) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .insertInto('stock_transfers')
          .values({
            id: transfer.id,
            number: transfer.number,
            status: transfer.status,
            from_store_id: transfer.fromStoreId,
            from_location_id: transfer.fromLocationId,
            to_store_id: transfer.toStoreId,
            to_location_id: transfer.toLocationId,
            note: transfer.note,
            requested_by: transfer.requestedBy,
            requested_at: transfer.requestedAt,
            request_hash: transfer.requestHash,
          })
          .execute(),
      );
      await db
        .insertInto('stock_transfer_lines')
        .values(
          transfer.lines.map((line, index) => ({
            transfer_id: transfer.id,
            line_no: index + 1,
            product_id: line.productId,
            requested: line.requested,
            shipped: line.shipped,
            received: line.received,
            unit_cost: line.unitCost,
          })),
        )
        .execute();
    },
    async get(id) {
      const rows = await db.selectFrom('stock_transfers').selectAll().where('id', '=', id).execute();
      return (await withLines(rows))[0];
    },
    async lock(id) {
      await db
        .updateTable('stock_transfers')
        .set((eb) => ({ status: eb.ref('status') }))
        .where('id', '=', id)
        .execute();
    },
    async list(storeId, { direction, status, beforeNumber, limit }) {
      let select = db
        .selectFrom('stock_transfers')
        .selectAll()
        .where((eb) =>
          direction === 'out'
            ? eb('from_store_id', '=', storeId)
            : direction === 'in'
              ? eb('to_store_id', '=', storeId)
              : eb.or([eb('from_store_id', '=', storeId), eb('to_store_id', '=', storeId)]),
        )
        .orderBy('number', 'desc')
        .limit(limit);
      if (status) select = select.where('status', '=', status);
      if (beforeNumber !== undefined) select = select.where('number', '<', beforeNumber);
      return withLines(await select.execute());
    },
    async inTransitTo(storeId, before) {
      const rows = await db
        .selectFrom('stock_transfer_lines as l')
        .innerJoin('stock_transfers as t', 't.id', 'l.transfer_id')
        .select(['l.shipped', 'l.unit_cost'])
        .where('t.to_store_id', '=', storeId)
        .where('t.shipped_at', '<', before)
        .where((eb) => eb.or([eb('t.received_at', 'is', null), eb('t.received_at', '>=', before)]))
        .execute();
      return rows.map((row) => ({
        shipped: Number(row.shipped ?? 0),
        unitCost: nullableNumber(row.unit_cost),
      }));
    },
    async step(id, status, done, lines) {
      await db
        .updateTable('stock_transfers')
        .set({
          status,
          ...(done?.field === 'approved' ? { approved_by: done.by, approved_at: done.at } : {}),
          ...(done?.field === 'shipped' ? { shipped_by: done.by, shipped_at: done.at } : {}),
          ...(done?.field === 'received' ? { received_by: done.by, received_at: done.at } : {}),
        })
        .where('id', '=', id)
        .execute();
      for (const line of lines ?? []) {
        await db
          .updateTable('stock_transfer_lines')
          .set({ shipped: line.shipped, received: line.received, unit_cost: line.unitCost })
          .where('transfer_id', '=', id)
          .where('product_id', '=', line.productId)
          .execute();
      }
    },
  };
}

function step(by: string | null, at: number | null): Step {
  return { by, at: nullableNumber(at) };
}

function nullableNumber(value: number | null): number | null {
  return value === null ? null : Number(value);
}
