import { z } from 'zod';
import { Amount, EpochMs, MAX_AMOUNT, Text, Uuid } from './common';
import { stockLines } from './stock-lines';

/**
 * Goods received at a location (收货入库), each line at its unit cost (minor units per unit), which
 * moves the product's cost by moving average; `id` is made by the client, so sending it again
 * answers the first result. Against a purchase order, the supplier is the order's, and each line
 * counts towards what was ordered: more than ordered (or a product not ordered) is refused unless
 * `acceptOverDelivery` says the extra goods are kept on purpose.
 */
export const StockReceiptBody = z.strictObject({
  id: Uuid,
  locationId: Uuid,
  purchaseOrderId: Uuid.nullable().default(null),
  acceptOverDelivery: z.boolean().default(false),
  /** A kept supplier; without one, `supplier` names who delivered in words. */
  supplierId: Uuid.nullable().default(null),
  supplier: Text(0, 100).default(''),
  reference: Text(0, 60).default(''),
  lines: stockLines(
    z
      .strictObject({
        productId: Uuid,
        quantity: z.int().min(1).max(1_000_000_000),
        unitCost: Amount,
      })
      // A line worth more than any amount Kassa counts could not be valued: it is a typing error.
      .refine((line) => BigInt(line.quantity) * BigInt(line.unitCost) <= BigInt(MAX_AMOUNT) * 1000n, {
        path: ['unitCost'],
        message: 'the quantity times the cost is beyond any amount: check both',
      }),
  ),
});

/** A receipt as booked: each line with the product's cost before it and after it. */
export const StockReceipt = z
  .object({
    id: Uuid,
    storeId: Uuid,
    locationId: Uuid,
    purchaseOrderId: Uuid.nullable(),
    supplierId: Uuid.nullable(),
    supplier: z.string(),
    reference: z.string(),
    staffId: Uuid,
    createdAt: EpochMs,
    lines: z.array(
      z.object({
        productId: Uuid,
        quantity: z.int(),
        unitCost: z.int(),
        costBefore: z.int().nullable(),
        costAfter: z.int(),
      }),
    ),
  })
  .meta({ id: 'StockReceipt' });

export type StockReceiptBody = z.input<typeof StockReceiptBody>;
export type StockReceipt = z.infer<typeof StockReceipt>;
