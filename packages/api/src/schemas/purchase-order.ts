import { z } from 'zod';
import { Amount, Cursor, EpochMs, Limit, MAX_AMOUNT, Quantity, Text, Unit, Uuid } from './common';
import { BusinessDate } from './report';
import { stockLines } from './stock-lines';

/**
 * Where a purchase order (采购单) is in its life: a `draft` is still edited; `sent` went to the
 * supplier; goods come in `partly_received` then `received`; `closed` says nothing more will come
 * (what is missing stays recorded as short); a draft or sent order with nothing received may be
 * `cancelled`.
 */
export const PurchaseOrderStatus = z.enum([
  'draft',
  'sent',
  'partly_received',
  'received',
  'closed',
  'cancelled',
]);

const orderLine = z
  .strictObject({
    productId: Uuid,
    /** Thousandths of the product's unit (piece or kg). */
    quantity: Quantity,
    unitCost: Amount,
    /** Thousandths of the unit per pack, as the supplier sells it. */
    packSize: Quantity.default(1000),
  })
  .refine((line) => BigInt(line.quantity) * BigInt(line.unitCost) <= BigInt(MAX_AMOUNT) * 1000n, {
    path: ['unitCost'],
    message: 'the quantity times the cost is beyond any amount: check both',
  });

/** A new draft order, or a draft's whole new content; `id` is made by the client. */
export const PurchaseOrderBody = z.strictObject({
  id: Uuid,
  supplierId: Uuid,
  /** Where the goods are to be received. */
  locationId: Uuid,
  expectedOn: BusinessDate.nullable().default(null),
  note: Text(0, 500).default(''),
  lines: stockLines(orderLine),
});

export const UpdatePurchaseOrderBody = PurchaseOrderBody.omit({ id: true });

export const PurchaseOrderLine = z.object({
  productId: Uuid,
  sku: z.string(),
  name: z.string(),
  unit: Unit,
  supplierSku: z.string(),
  quantity: z.int(),
  unitCost: z.int(),
  packSize: z.int(),
  /** Received so far, in thousandths; above `quantity` when more came than was ordered. */
  received: z.int(),
});

export const PurchaseOrder = z
  .object({
    id: Uuid,
    storeId: Uuid,
    /** Counts up per store from 1; shown as PO-000001. */
    number: z.int(),
    supplierId: Uuid,
    supplierName: z.string(),
    locationId: Uuid,
    status: PurchaseOrderStatus,
    expectedOn: z.string().nullable(),
    note: z.string(),
    /** The ordered lines at their costs, in minor units. */
    total: z.int(),
    staffId: Uuid,
    createdAt: EpochMs,
    updatedAt: EpochMs,
    sentAt: EpochMs.nullable(),
    closedAt: EpochMs.nullable(),
    lines: z.array(PurchaseOrderLine),
    /** The stock receipts booked against it, oldest first. */
    receiptIds: z.array(Uuid),
  })
  .meta({ id: 'PurchaseOrder' });

export const PurchaseOrderSummary = PurchaseOrder.omit({ lines: true, receiptIds: true })
  .extend({
    lineCount: z.int(),
    /** Thousandths of the ordered quantity received, over all lines (capped per line at what was ordered). */
    receivedShare: z.int(),
  })
  .meta({ id: 'PurchaseOrderSummary' });

export const PurchaseOrderQuery = z.strictObject({
  status: PurchaseOrderStatus.optional(),
  supplierId: Uuid.optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});

export const PurchaseOrderPage = z
  .object({ items: z.array(PurchaseOrderSummary), nextCursor: z.string().nullable() })
  .meta({ id: 'PurchaseOrderPage' });

export const PurchaseOrderParams = z.strictObject({ orderId: Uuid });

/** The printed order's language: the store's unless asked. */
export const PurchaseOrderDocumentQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });

export type PurchaseOrderStatus = z.infer<typeof PurchaseOrderStatus>;
export type PurchaseOrder = z.infer<typeof PurchaseOrder>;
export type PurchaseOrderSummary = z.infer<typeof PurchaseOrderSummary>;
export type PurchaseOrderPage = z.infer<typeof PurchaseOrderPage>;
export type PurchaseOrderBody = z.input<typeof PurchaseOrderBody>;
export type UpdatePurchaseOrderBody = z.input<typeof UpdatePurchaseOrderBody>;
