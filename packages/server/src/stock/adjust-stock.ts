import type { StockAdjustment as ApiStockAdjustment, StockAdjustmentBody } from '@kassa/api';
import { canonicalJson } from '@kassa/core';
import {
  createEventRepository,
  createStockAdjustmentRepository,
  createStockRepository,
  type StockAdjustment,
  UniqueViolationError,
} from '@kassa/db';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId, transact } from '../kassa-context';
import { nodeSha256Hex } from '../sales/node-sha256-hex';
import { visibleStore } from '../stores/visible-store';
import { raiseStockAlerts } from './raise-stock-alerts';
import { openLocation, sameRequest, trackedProducts } from './stock-document';

/**
 * Writes goods off (报损) or corrects a location's stock by hand, with the reason: one stock movement
 * per line (reason `write_off` or `adjustment`, at the product's cost), the adjustment record, an
 * audit row, a `stock.adjusted` event and any low-stock alert it causes — all or nothing. Stock
 * taken away may not go below zero (what is not there cannot be written off); stock added may
 * bring a shortfall back up. The same id with the same body answers the first result
 * (`duplicate`), with another body `idempotency_conflict`.
 * @throws HttpError `store_not_found`, `stock_location_not_found`, `stock_location_closed`,
 * `product_not_found`, `stock_untracked`, `stock_below_zero`, `idempotency_conflict`.
 */
export async function adjustStock(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  body: StockAdjustmentBody,
): Promise<{ adjustment: ApiStockAdjustment; duplicate: boolean }> {
  const store = await visibleStore(ctx, auth, storeId);
  const requestHash = nodeSha256Hex(canonicalJson(body));
  const earlier = await replay(ctx, body.id, requestHash, store.id);
  if (earlier) return { adjustment: earlier, duplicate: true };
  const location = await openLocation(ctx, store.id, body.locationId);
  const products = await trackedProducts(
    ctx,
    body.lines.map((line) => line.productId),
  );
  const adjustment: StockAdjustment = {
    id: body.id,
    storeId: store.id,
    locationId: location.id,
    kind: body.kind,
    reason: body.reason,
    staffId: auth.staffId,
    createdAt: ctx.clock(),
    requestHash,
    lines: body.lines.map((line) => ({
      productId: line.productId,
      quantity: body.kind === 'write_off' ? -line.quantity : line.quantity,
    })),
  };
  try {
    await transact(ctx, async (tx) => {
      await createStockAdjustmentRepository(tx.db).insert(adjustment);
      const movements = adjustment.lines.map((line) => ({
        id: newId(tx),
        storeId: store.id,
        locationId: location.id,
        productId: line.productId,
        quantity: line.quantity,
        reason: body.kind === 'write_off' ? ('write_off' as const) : ('adjustment' as const),
        refId: adjustment.id,
        unitCost: products.get(line.productId)?.cost ?? null,
        createdAt: adjustment.createdAt,
        staffId: auth.staffId,
      }));
      const levels = new Map(
        (await createStockRepository(tx.db).applyMovements(movements)).map((level) => [
          level.productId,
          level,
        ]),
      );
      for (const line of adjustment.lines) {
        const onHand = levels.get(line.productId)?.onHand ?? 0;
        if (line.quantity < 0 && onHand < 0) {
          throw new HttpError('stock_below_zero', {
            productId: line.productId,
            onHand: onHand - line.quantity,
          });
        }
      }
      await recordAudit(tx, {
        action: 'stock.adjusted',
        staffId: auth.staffId,
        storeId: store.id,
        targetType: 'stock_adjustment',
        targetId: adjustment.id,
        detail: { locationId: location.id, kind: adjustment.kind, reason: adjustment.reason },
      });
      await createEventRepository(tx.db).append({
        storeId: store.id,
        type: 'stock.adjusted',
        refId: adjustment.id,
        payload: toApiStockAdjustment(adjustment),
        createdAt: adjustment.createdAt,
      });
      // After the adjustment's event, each alert with its own; a write-off may cross a reorder point.
      await raiseStockAlerts(tx, store.id, {
        movements,
        levels,
        nameOf: (id) => products.get(id)?.name ?? '',
        refId: adjustment.id,
        at: adjustment.createdAt,
      });
    });
  } catch (error) {
    if (!(error instanceof UniqueViolationError && error.constraint === 'id')) throw error;
    // The same request committed meanwhile: answer it, never book it twice.
    const first = await replay(ctx, body.id, requestHash, store.id);
    if (!first) throw new HttpError('idempotency_conflict');
    return { adjustment: first, duplicate: true };
  }
  return { adjustment: toApiStockAdjustment(adjustment), duplicate: false };
}

/** The adjustment recorded under `id`, as the API shows it, when it was this very request. */
async function replay(
  ctx: KassaContext,
  id: string,
  requestHash: string,
  storeId: string,
): Promise<ApiStockAdjustment | undefined> {
  const earlier = sameRequest(await createStockAdjustmentRepository(ctx.db).get(id), requestHash, storeId);
  return earlier && toApiStockAdjustment(earlier);
}

function toApiStockAdjustment(adjustment: StockAdjustment): ApiStockAdjustment {
  const { requestHash: _, ...rest } = adjustment;
  return rest;
}
