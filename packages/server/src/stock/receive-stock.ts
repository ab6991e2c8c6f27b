import type { StockReceipt as ApiStockReceipt, StockReceiptBody } from '@kassa/api';
import { canonicalJson, movingAverageCost } from '@kassa/core';
import {
  createEventRepository,
  createProductRepository,
  createStockReceiptRepository,
  createStockRepository,
  type StockReceipt,
  UniqueViolationError,
} from '@kassa/db';
import type { z } from 'zod';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { updateProduct } from '../catalog/change-product';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId, transact } from '../kassa-context';
import { countAgainstOrder, receiptSource } from '../purchasing/receive-against-order';
import { nodeSha256Hex } from '../sales/node-sha256-hex';
import { visibleStore } from '../stores/visible-store';
import { openLocation, sameRequest, trackedProducts } from './stock-document';

/**
 * Receives goods at a location (收货入库): per line a `receipt` movement at its unit cost, and the
 * product's cost moved by moving average over what every store holds of it (ADR 0014); the receipt
 * record with each cost before and after, an audit row and a `stock.received` event — all or
 * nothing. The products' rows are locked first, so two receipts of one product average one after
 * the other. Against a purchase order, the lines count towards it (see `countAgainstOrder`). The
 * same id with the same body answers the first result (`duplicate`).
 * @throws HttpError `store_not_found`, `stock_location_not_found`, `stock_location_closed`,
 * `product_not_found`, `stock_untracked`, `supplier_not_found`, `purchase_order_not_found`,
 * `purchase_order_not_open`, `purchase_order_over_received`, `idempotency_conflict`.
 */
export async function receiveStock(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  body: z.output<typeof StockReceiptBody>,
): Promise<{ receipt: ApiStockReceipt; duplicate: boolean }> {
  const store = await visibleStore(ctx, auth, storeId);
  const requestHash = nodeSha256Hex(canonicalJson(body));
  const earlier = await replay(ctx, body.id, requestHash, store.id);
  if (earlier) return { receipt: earlier, duplicate: true };
  const location = await openLocation(ctx, store.id, body.locationId);
  const source = await receiptSource(ctx, store.id, body);
  await trackedProducts(
    ctx,
    body.lines.map((line) => line.productId),
  );
  try {
    const receipt = await transact(ctx, async (tx) => {
      const products = createProductRepository(tx.db);
      const stock = createStockRepository(tx.db);
      await products.lock(body.lines.map((line) => line.productId));
      const createdAt = tx.clock();
      const lines = [];
      for (const line of body.lines) {
        const costBefore = (await products.get(line.productId))?.cost ?? null;
        const onHand = await stock.totalOnHand(line.productId);
        lines.push({
          ...line,
          costBefore,
          costAfter: movingAverageCost(onHand, costBefore, line.quantity, line.unitCost),
        });
      }
      const receipt: StockReceipt = {
        id: body.id,
        storeId: store.id,
        locationId: location.id,
        ...source,
        reference: body.reference,
        staffId: auth.staffId,
        createdAt,
        requestHash,
        lines,
      };
      if (source.purchaseOrderId !== null) {
        await countAgainstOrder(tx, source.purchaseOrderId, body.lines, body.acceptOverDelivery);
      }
      await createStockReceiptRepository(tx.db).insert(receipt);
      await stock.applyMovements(
        lines.map((line) => ({
          id: newId(tx),
          storeId: store.id,
          locationId: location.id,
          productId: line.productId,
          quantity: line.quantity,
          reason: 'receipt' as const,
          refId: receipt.id,
          unitCost: line.unitCost,
          createdAt,
          staffId: auth.staffId,
        })),
      );
      for (const line of lines) {
        if (line.costAfter !== line.costBefore) {
          await updateProduct(tx, line.productId, { cost: line.costAfter }, auth.staffId);
        }
      }
      await recordAudit(tx, {
        action: 'stock.received',
        staffId: auth.staffId,
        storeId: store.id,
        targetType: 'stock_receipt',
        targetId: receipt.id,
        detail: {
          locationId: location.id,
          supplier: receipt.supplier,
          reference: receipt.reference,
          purchaseOrderId: receipt.purchaseOrderId,
        },
      });
      await createEventRepository(tx.db).append({
        storeId: store.id,
        type: 'stock.received',
        refId: receipt.id,
        payload: toApiStockReceipt(receipt),
        createdAt,
      });
      return receipt;
    });
    return { receipt: toApiStockReceipt(receipt), duplicate: false };
  } catch (error) {
    if (!(error instanceof UniqueViolationError && error.constraint === 'id')) throw error;
    // The same request committed meanwhile: answer it, never book it twice.
    const first = await replay(ctx, body.id, requestHash, store.id);
    if (!first) throw new HttpError('idempotency_conflict');
    return { receipt: first, duplicate: true };
  }
}

/** The receipt recorded under `id`, as the API shows it, when it was this very request. */
async function replay(
  ctx: KassaContext,
  id: string,
  requestHash: string,
  storeId: string,
): Promise<ApiStockReceipt | undefined> {
  const earlier = sameRequest(await createStockReceiptRepository(ctx.db).get(id), requestHash, storeId);
  return earlier && toApiStockReceipt(earlier);
}

function toApiStockReceipt(receipt: StockReceipt): ApiStockReceipt {
  const { requestHash: _, ...rest } = receipt;
  return rest;
}
