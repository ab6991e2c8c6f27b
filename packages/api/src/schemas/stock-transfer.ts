import { z } from 'zod';
import { Cursor, EpochMs, Limit, MAX_QUANTITY, Quantity, Text, Unit, Uuid } from './common';
import { stockLines } from './stock-lines';

/**
 * Where a transfer (调拨) is: `requested` by the store that wants the goods, `approved` by a manager
 * of the store that gives them, `shipped` (the goods left and are in transit), `received` (what
 * arrived is booked in, any difference recorded); `cancelled` before anything was shipped.
 */
export const StockTransferStatus = z.enum(['requested', 'approved', 'shipped', 'received', 'cancelled']);

/** A request to move goods from one location to another, of the same store or another one. */
export const StockTransferBody = z
  .strictObject({
    id: Uuid,
    fromLocationId: Uuid,
    toLocationId: Uuid,
    note: Text(0, 500).default(''),
    lines: stockLines(z.strictObject({ productId: Uuid, quantity: Quantity })),
  })
  .refine((body) => body.fromLocationId !== body.toLocationId, {
    path: ['toLocationId'],
    message: 'goods move to another location than the one they come from',
  });

/** A counted quantity per product: what left (ship) or what arrived (receive); 0 for none. */
const countedLines = stockLines(
  z.strictObject({ productId: Uuid, quantity: z.int().min(0).max(MAX_QUANTITY) }),
);

/**
 * What leaves: each requested product's quantity as counted out (what was requested when not
 * given). Taking a location below zero needs `stock.negative` and `allowNegative`.
 */
export const ShipStockTransferBody = z.strictObject({
  lines: countedLines.optional(),
  allowNegative: z.boolean().default(false),
});

/** What arrived, per shipped product (what was shipped when not given); differences are recorded. */
export const ReceiveStockTransferBody = z.strictObject({ lines: countedLines.optional() });

export const StockTransfer = z
  .object({
    id: Uuid,
    /** Counts up from 1 across the merchant; shown as TR-000001. */
    number: z.int(),
    status: StockTransferStatus,
    fromStoreId: Uuid,
    fromLocationId: Uuid,
    toStoreId: Uuid,
    toLocationId: Uuid,
    note: z.string(),
    requestedBy: Uuid,
    requestedAt: EpochMs,
    approvedBy: Uuid.nullable(),
    approvedAt: EpochMs.nullable(),
    shippedBy: Uuid.nullable(),
    shippedAt: EpochMs.nullable(),
    receivedBy: Uuid.nullable(),
    receivedAt: EpochMs.nullable(),
    /** The names of the staff above, by id. */
    staffNames: z.record(z.string(), z.string()),
    lines: z.array(
      z.object({
        productId: Uuid,
        sku: z.string(),
        name: z.string(),
        unit: Unit,
        requested: z.int(),
        /** Null until shipped. */
        shipped: z.int().nullable(),
        /** Null until received; `shipped - received` is what went missing on the way. */
        received: z.int().nullable(),
        /** The cost per unit the goods moved at (the product's cost when shipped). */
        unitCost: z.int().nullable(),
      }),
    ),
  })
  .meta({ id: 'StockTransfer' });

export const StockTransferParams = z.strictObject({ transferId: Uuid });

export const StockTransferQuery = z.strictObject({
  /** `in`: coming to the store, `out`: leaving it; both without. */
  direction: z.enum(['in', 'out']).optional(),
  status: StockTransferStatus.optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});

export const StockTransferPage = z
  .object({ items: z.array(StockTransfer), nextCursor: z.string().nullable() })
  .meta({ id: 'StockTransferPage' });

export type StockTransferStatus = z.infer<typeof StockTransferStatus>;
export type StockTransfer = z.infer<typeof StockTransfer>;
export type StockTransferBody = z.input<typeof StockTransferBody>;
export type StockTransferPage = z.infer<typeof StockTransferPage>;
