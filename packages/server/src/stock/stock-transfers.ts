import type {
  StockTransfer as ApiStockTransfer,
  StockTransferBody,
  StockTransferPage,
  StockTransferQuery,
} from '@kassa/api';
import { canonicalJson } from '@kassa/core';
import {
  createStockLocationRepository,
  createStockTransferRepository,
  type StockTransfer,
  UniqueViolationError,
} from '@kassa/db';
import type { z } from 'zod';
import { recordAudit } from '../audit';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { numberedPage } from '../http/numbered-page';
import { type KassaContext, transact } from '../kassa-context';
import { nodeSha256Hex } from '../sales/node-sha256-hex';
import { loadSaleProducts } from '../sales/sale-products';
import { staffNames } from '../staff/staff-names';
import { visibleStore } from '../stores/visible-store';
import { openLocation, trackedProducts } from './stock-document';

/**
 * Asks for goods to move from one open location to another, of one store or two, numbered next
 * across the merchant; audited. The caller sees at least one of the two stores (a shop asking
 * another for goods, or the one offering them). The same id with the same body answers the first
 * request.
 * @throws HttpError `stock_location_not_found`, `stock_location_closed`, `product_not_found`,
 * `stock_untracked`, `idempotency_conflict`.
 */
export async function requestStockTransfer(
  ctx: KassaContext,
  auth: AuthSession,
  body: z.output<typeof StockTransferBody>,
): Promise<ApiStockTransfer> {
  const requestHash = nodeSha256Hex(canonicalJson(body));
  const replay = async () => {
    const earlier = await createStockTransferRepository(ctx.db).get(body.id);
    if (earlier && earlier.requestHash !== requestHash) throw new HttpError('idempotency_conflict');
    return earlier && toApiStockTransfer(ctx, earlier);
  };
  const earlier = await replay();
  if (earlier) return earlier;
  const locations = createStockLocationRepository(ctx.db);
  const [from, to] = await Promise.all([
    locations.get(body.fromLocationId),
    locations.get(body.toLocationId),
  ]);
  if (!from || !to || !(canSeeStore(auth, from.storeId) || canSeeStore(auth, to.storeId))) {
    throw new HttpError('stock_location_not_found');
  }
  await openLocation(ctx, from.storeId, from.id);
  await openLocation(ctx, to.storeId, to.id);
  await trackedProducts(
    ctx,
    body.lines.map((line) => line.productId),
  );
  try {
    const transfer = await transact(ctx, async (tx) => {
      const transfers = createStockTransferRepository(tx.db);
      const transfer: StockTransfer = {
        id: body.id,
        number: await transfers.takeNumber(),
        status: 'requested',
        fromStoreId: from.storeId,
        fromLocationId: from.id,
        toStoreId: to.storeId,
        toLocationId: to.id,
        note: body.note,
        requestedBy: auth.staffId,
        requestedAt: tx.clock(),
        approved: { by: null, at: null },
        shipped: { by: null, at: null },
        received: { by: null, at: null },
        requestHash,
        lines: body.lines.map((line) => ({
          productId: line.productId,
          requested: line.quantity,
          shipped: null,
          received: null,
          unitCost: null,
        })),
      };
      await transfers.insert(transfer);
      await recordAudit(tx, {
        action: 'stock_transfer.requested',
        staffId: auth.staffId,
        storeId: to.storeId,
        targetType: 'stock_transfer',
        targetId: transfer.id,
        detail: { number: transfer.number, from: from.id, to: to.id },
      });
      return transfer;
    });
    return toApiStockTransfer(ctx, transfer);
  } catch (error) {
    if (!(error instanceof UniqueViolationError && error.constraint === 'id')) throw error;
    const first = await replay();
    if (!first) throw new HttpError('idempotency_conflict');
    return first;
  }
}

/**
 * A transfer one of whose stores the caller may see; the same 404 otherwise.
 * @throws HttpError `stock_transfer_not_found`.
 */
export async function visibleTransfer(
  ctx: KassaContext,
  auth: AuthSession,
  transferId: string,
): Promise<StockTransfer> {
  const transfer = await createStockTransferRepository(ctx.db).get(transferId);
  if (!transfer || !(canSeeStore(auth, transfer.fromStoreId) || canSeeStore(auth, transfer.toStoreId))) {
    throw new HttpError('stock_transfer_not_found');
  }
  return transfer;
}

/** Transfers coming to a store or leaving it, newest first, a page at a time. */
export async function listStockTransfers(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  query: z.output<typeof StockTransferQuery>,
): Promise<StockTransferPage> {
  const store = await visibleStore(ctx, auth, storeId);
  return numberedPage(
    query,
    (beforeNumber, limit) =>
      createStockTransferRepository(ctx.db).list(store.id, {
        direction: query.direction,
        status: query.status,
        beforeNumber,
        limit,
      }),
    (page) => Promise.all(page.map((transfer) => toApiStockTransfer(ctx, transfer))),
  );
}

/** A transfer as the API shows it, each line with its product's SKU, name and unit. */
export async function toApiStockTransfer(
  ctx: KassaContext,
  transfer: StockTransfer,
): Promise<ApiStockTransfer> {
  const products = await loadSaleProducts(
    ctx.db,
    transfer.lines.map((line) => line.productId),
  );
  const { requestHash: _, approved, shipped, received, lines, ...fields } = transfer;
  return {
    ...fields,
    approvedBy: approved.by,
    approvedAt: approved.at,
    shippedBy: shipped.by,
    shippedAt: shipped.at,
    receivedBy: received.by,
    receivedAt: received.at,
    staffNames: await staffNames(ctx, [fields.requestedBy, approved.by, shipped.by, received.by]),
    lines: lines.map((line) => {
      const product = products.get(line.productId);
      return { ...line, sku: product?.sku ?? '', name: product?.name ?? '', unit: product?.unit ?? 'piece' };
    }),
  };
}
