import type { PurchaseOrder as ApiPurchaseOrder } from '@kassa/api';
import { closedStatus, isDraft } from '@kassa/core';
import { createPurchaseOrderRepository, type PurchaseOrder } from '@kassa/db';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { toApiPurchaseOrder } from './purchase-order-view';
import { visibleOrder } from './purchase-orders';
import { getSupplier } from './suppliers';

/**
 * Marks a draft as sent to its supplier (still in use): from now on it no longer changes, and goods
 * are received against it; audited.
 * @throws HttpError `purchase_order_not_found`, `purchase_order_not_draft`, `supplier_inactive`.
 */
export async function sendPurchaseOrder(
  ctx: KassaContext,
  auth: AuthSession,
  orderId: string,
): Promise<ApiPurchaseOrder> {
  return moveOrder(ctx, auth, orderId, 'purchase_order.sent', async (order, tx) => {
    if (!isDraft(order.status)) throw new HttpError('purchase_order_not_draft');
    if (!(await getSupplier(tx, order.supplierId)).active) throw new HttpError('supplier_inactive');
    const now = tx.clock();
    return { status: 'sent', at: { updatedAt: now, sentAt: now } };
  });
}

/**
 * Closes an order: nothing more will come, and what is missing stays recorded as short. An order
 * with nothing received is cancelled instead. Audited.
 * @throws HttpError `purchase_order_not_found`, `purchase_order_not_open`.
 */
export async function closePurchaseOrder(
  ctx: KassaContext,
  auth: AuthSession,
  orderId: string,
): Promise<ApiPurchaseOrder> {
  return moveOrder(ctx, auth, orderId, 'purchase_order.closed', async (order, tx) => {
    const next = closedStatus(order.status, order.lines);
    if (!next.ok) throw new HttpError('purchase_order_not_open');
    const now = tx.clock();
    return { status: next.value, at: { updatedAt: now, closedAt: now } };
  });
}

/**
 * Moves an order to the status `decide` gives, on its row as locked, with an audit row. `decide`
 * reads through `tx`: on SQLite a read through the outer context would wait for this transaction.
 */
async function moveOrder(
  ctx: KassaContext,
  auth: AuthSession,
  orderId: string,
  action: string,
  decide: (
    order: PurchaseOrder,
    tx: KassaContext,
  ) => Promise<{
    status: PurchaseOrder['status'];
    at: { updatedAt: number; sentAt?: number; closedAt?: number };
  }>,
): Promise<ApiPurchaseOrder> {
  await visibleOrder(ctx, auth, orderId);
  const order = await transact(ctx, async (tx) => {
    const orders = createPurchaseOrderRepository(tx.db);
    await orders.lock(orderId);
    const locked = await orders.get(orderId);
    if (!locked) throw new HttpError('purchase_order_not_found');
    const { status, at } = await decide(locked, tx);
    await orders.setStatus(orderId, status, at);
    await recordAudit(tx, {
      action,
      staffId: auth.staffId,
      storeId: locked.storeId,
      targetType: 'purchase_order',
      targetId: orderId,
      detail: { from: locked.status, to: status },
    });
    return orders.get(orderId);
  });
  if (!order) throw new HttpError('purchase_order_not_found');
  return toApiPurchaseOrder(ctx, order);
}
