import type {
  PurchaseOrder as ApiPurchaseOrder,
  PurchaseOrderBody,
  PurchaseOrderPage,
  PurchaseOrderQuery,
  UpdatePurchaseOrderBody,
} from '@kassa/api';
import { canonicalJson, isDraft } from '@kassa/core';
import {
  createPurchaseOrderRepository,
  type PurchaseOrder,
  type PurchaseOrderContent,
  UniqueViolationError,
} from '@kassa/db';
import type { z } from 'zod';
import { recordAudit } from '../audit';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { numberedPage } from '../http/numbered-page';
import { type KassaContext, transact } from '../kassa-context';
import { nodeSha256Hex } from '../sales/node-sha256-hex';
import { openLocation, sameRequest, trackedProducts } from '../stock/stock-document';
import { visibleStore } from '../stores/visible-store';
import { toApiPurchaseOrder, toApiSummaries } from './purchase-order-view';
import { getSupplier } from './suppliers';

type Content = z.output<typeof UpdatePurchaseOrderBody>;

/**
 * Drafts a purchase order to a supplier in use, to be received at one of the store's open
 * locations, numbered next in the store; audited. The same id with the same body answers the first
 * draft (`duplicate`).
 * @throws HttpError `store_not_found`, `supplier_not_found`, `supplier_inactive`,
 * `stock_location_not_found`, `stock_location_closed`, `product_not_found`, `stock_untracked`,
 * `idempotency_conflict`.
 */
export async function createPurchaseOrder(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  body: z.output<typeof PurchaseOrderBody>,
): Promise<{ order: ApiPurchaseOrder; duplicate: boolean }> {
  const store = await visibleStore(ctx, auth, storeId);
  const requestHash = nodeSha256Hex(canonicalJson(body));
  const replay = async () => {
    const earlier = sameRequest(
      await createPurchaseOrderRepository(ctx.db).get(body.id),
      requestHash,
      store.id,
    );
    return earlier && toApiPurchaseOrder(ctx, earlier);
  };
  const earlier = await replay();
  if (earlier) return { order: earlier, duplicate: true };
  const { id, ...content } = body;
  await checkContent(ctx, store.id, content);
  try {
    const order = await transact(ctx, async (tx) => {
      const orders = createPurchaseOrderRepository(tx.db);
      const now = tx.clock();
      const order: PurchaseOrder = {
        id,
        storeId: store.id,
        number: await orders.takeNumber(store.id),
        ...keptContent(content),
        status: 'draft',
        staffId: auth.staffId,
        createdAt: now,
        updatedAt: now,
        sentAt: null,
        closedAt: null,
        requestHash,
      };
      await orders.insert(order);
      await recordAudit(tx, {
        action: 'purchase_order.created',
        staffId: auth.staffId,
        storeId: store.id,
        targetType: 'purchase_order',
        targetId: order.id,
        detail: { number: order.number, supplierId: order.supplierId, lines: order.lines.length },
      });
      return order;
    });
    return { order: await toApiPurchaseOrder(ctx, order), duplicate: false };
  } catch (error) {
    if (!(error instanceof UniqueViolationError && error.constraint === 'id')) throw error;
    // The same request committed meanwhile: answer it, never draft it twice.
    const first = await replay();
    if (!first) throw new HttpError('idempotency_conflict');
    return { order: first, duplicate: true };
  }
}

/**
 * Replaces what a draft says: supplier, location, expected date, note and lines; audited. What was
 * sent to a supplier no longer changes.
 * @throws HttpError `purchase_order_not_found`, `purchase_order_not_draft`, and the content's
 * errors as {@link createPurchaseOrder}.
 */
export async function updatePurchaseOrder(
  ctx: KassaContext,
  auth: AuthSession,
  orderId: string,
  content: Content,
): Promise<ApiPurchaseOrder> {
  const current = await visibleOrder(ctx, auth, orderId);
  await checkContent(ctx, current.storeId, content);
  const order = await transact(ctx, async (tx) => {
    const orders = createPurchaseOrderRepository(tx.db);
    await orders.lock(orderId);
    const locked = await orders.get(orderId);
    if (!locked || !isDraft(locked.status)) throw new HttpError('purchase_order_not_draft');
    await orders.replaceContent(orderId, keptContent(content), tx.clock());
    await recordAudit(tx, {
      action: 'purchase_order.updated',
      staffId: auth.staffId,
      storeId: locked.storeId,
      targetType: 'purchase_order',
      targetId: orderId,
      detail: { supplierId: content.supplierId, lines: content.lines.length },
    });
    return orders.get(orderId);
  });
  if (!order) throw new HttpError('purchase_order_not_found');
  return toApiPurchaseOrder(ctx, order);
}

/**
 * A purchase order of a store the caller may see; the same 404 for one of another store.
 * @throws HttpError `purchase_order_not_found`.
 */
export async function visibleOrder(
  ctx: KassaContext,
  auth: AuthSession,
  orderId: string,
): Promise<PurchaseOrder> {
  const order = await createPurchaseOrderRepository(ctx.db).get(orderId);
  if (!order || !canSeeStore(auth, order.storeId)) throw new HttpError('purchase_order_not_found');
  return order;
}

/** A store's purchase orders, newest first, by status or supplier, a page at a time. */
export async function listPurchaseOrders(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  query: z.output<typeof PurchaseOrderQuery>,
): Promise<PurchaseOrderPage> {
  const store = await visibleStore(ctx, auth, storeId);
  return numberedPage(
    query,
    (beforeNumber, limit) =>
      createPurchaseOrderRepository(ctx.db).list(store.id, {
        status: query.status,
        supplierId: query.supplierId,
        beforeNumber,
        limit,
      }),
    (page) => toApiSummaries(ctx, page),
  );
}

/** An order's content is only what exists and is in use: supplier, location, tracked products. */
async function checkContent(ctx: KassaContext, storeId: string, content: Content): Promise<void> {
  const supplier = await getSupplier(ctx, content.supplierId);
  if (!supplier.active) throw new HttpError('supplier_inactive');
  await openLocation(ctx, storeId, content.locationId);
  await trackedProducts(
    ctx,
    content.lines.map((line) => line.productId),
  );
}

function keptContent(content: Content): PurchaseOrderContent {
  return {
    supplierId: content.supplierId,
    locationId: content.locationId,
    expectedOn: content.expectedOn,
    note: content.note,
    lines: content.lines.map((line) => ({ ...line, received: 0 })),
  };
}
