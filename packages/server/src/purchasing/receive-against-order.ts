import { isOpenForGoods, statusAfterReceipt } from '@kassa/core';
import { createPurchaseOrderRepository } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { getSupplier } from './suppliers';

/** Who a receipt's goods came from: a kept supplier, an order to one, or words. */
export interface ReceiptSource {
  readonly purchaseOrderId: string | null;
  readonly supplierId: string | null;
  /** The supplier's name in words. */
  readonly supplier: string;
}

/**
 * Who delivered, checked before booking: against an order, the order's supplier (the order is of
 * this store and open for goods); otherwise a kept supplier, or whoever the words name.
 * @throws HttpError `purchase_order_not_found`, `purchase_order_not_open`, `supplier_not_found`.
 */
export async function receiptSource(
  ctx: KassaContext,
  storeId: string,
  body: {
    readonly purchaseOrderId: string | null;
    readonly supplierId: string | null;
    readonly supplier: string;
  },
): Promise<ReceiptSource> {
  if (body.purchaseOrderId !== null) {
    const order = await createPurchaseOrderRepository(ctx.db).get(body.purchaseOrderId);
    if (!order || order.storeId !== storeId) throw new HttpError('purchase_order_not_found');
    if (!isOpenForGoods(order.status)) throw new HttpError('purchase_order_not_open');
    const supplier = await getSupplier(ctx, order.supplierId);
    return { purchaseOrderId: order.id, supplierId: supplier.id, supplier: supplier.name };
  }
  if (body.supplierId !== null) {
    const supplier = await getSupplier(ctx, body.supplierId);
    return { purchaseOrderId: null, supplierId: supplier.id, supplier: body.supplier || supplier.name };
  }
  return { purchaseOrderId: null, supplierId: null, supplier: body.supplier };
}

/**
 * Counts a receipt's lines towards its order, in the receipt's transaction, on the order's row as
 * locked (two receipts against one order count one after the other), and moves the order to
 * partly or fully received. More than a line ordered, or a product it did not order, is refused
 * unless `acceptOverDelivery` keeps the extra goods on purpose; they stay recorded as received
 * above what was ordered.
 * @throws HttpError `purchase_order_not_open`, `purchase_order_over_received`.
 */
export async function countAgainstOrder(
  tx: KassaContext,
  orderId: string,
  lines: readonly { productId: string; quantity: number; unitCost: number }[],
  acceptOverDelivery: boolean,
): Promise<void> {
  const orders = createPurchaseOrderRepository(tx.db);
  await orders.lock(orderId);
  const order = await orders.get(orderId);
  if (!order || !isOpenForGoods(order.status)) throw new HttpError('purchase_order_not_open');
  if (!acceptOverDelivery) {
    for (const line of lines) {
      const ordered = order.lines.find((candidate) => candidate.productId === line.productId);
      if (!ordered || ordered.received + line.quantity > ordered.quantity) {
        throw new HttpError('purchase_order_over_received', {
          productId: line.productId,
          ordered: ordered?.quantity ?? 0,
          received: ordered?.received ?? 0,
          quantity: line.quantity,
        });
      }
    }
  }
  await orders.addReceived(
    orderId,
    lines.map((line) => ({ ...line, packSize: 1000 })),
  );
  const counted = await orders.get(orderId);
  if (!counted) throw new Error('purchase order vanished in its own transaction');
  const now = tx.clock();
  await orders.setStatus(orderId, statusAfterReceipt(counted.lines), { updatedAt: now });
}
