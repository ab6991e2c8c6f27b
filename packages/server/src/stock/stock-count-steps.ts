import type { StockCount as ApiStockCount } from '@kassa/api';
import {
  createEventRepository,
  createStockCountRepository,
  createStockRepository,
  type StockCount,
} from '@kassa/db';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId, transact } from '../kassa-context';
import { loadSaleProducts } from '../sales/sale-products';
import { raiseStockAlerts } from './raise-stock-alerts';
import { toApiStockCount, visibleCount } from './stock-counts';

/**
 * Has products counted again: their tallies are cleared, and their snapshots are taken anew when
 * next counted.
 * @throws HttpError `stock_count_not_found`, `stock_count_closed`.
 */
export async function recountStock(
  ctx: KassaContext,
  auth: AuthSession,
  countId: string,
  productIds: readonly string[],
): Promise<ApiStockCount> {
  return onOpenCount(ctx, auth, countId, 'stock_count.recount', async (count, tx) => {
    await createStockCountRepository(tx.db).forget(count.id, productIds);
    return { productIds };
  });
}

/**
 * Calls a count off: nothing is booked.
 * @throws HttpError `stock_count_not_found`, `stock_count_closed`.
 */
export async function cancelStockCount(
  ctx: KassaContext,
  auth: AuthSession,
  countId: string,
): Promise<ApiStockCount> {
  return onOpenCount(ctx, auth, countId, 'stock_count.cancelled', async (count, tx) => {
    await createStockCountRepository(tx.db).close(count.id, { status: 'cancelled' });
    return {};
  });
}

/**
 * Posts a count (approval): each counted product's difference from its snapshot, and each in-scope
 * product nobody counted at minus its on hand, booked as `count` movements at the products' costs
 * on today's levels, in one transaction with the count closed, an event and the alerts the new
 * levels call for. A count is posted once: again is `stock_count_closed`.
 * @throws HttpError `stock_count_not_found`, `stock_count_closed`.
 */
export async function postStockCount(
  ctx: KassaContext,
  auth: AuthSession,
  countId: string,
): Promise<ApiStockCount> {
  return onOpenCount(ctx, auth, countId, 'stock_count.posted', async (count, tx) => {
    const counts = createStockCountRepository(tx.db);
    const differences = [
      ...count.lines.map((line) => ({
        productId: line.productId,
        expected: line.expected,
        posted: line.tallies.reduce((sum, tally) => sum + tally.quantity, 0) - line.expected,
      })),
      ...(await counts.uncounted(count)).map((level) => ({
        productId: level.productId,
        expected: level.onHand,
        posted: -level.onHand,
      })),
    ];
    const at = tx.clock();
    const products = await loadSaleProducts(
      tx.db,
      differences.map((difference) => difference.productId),
    );
    const movements = differences
      .filter((difference) => difference.posted !== 0)
      .map((difference) => ({
        id: newId(tx),
        storeId: count.storeId,
        locationId: count.locationId,
        productId: difference.productId,
        quantity: difference.posted,
        reason: 'count' as const,
        refId: count.id,
        unitCost: products.get(difference.productId)?.cost ?? null,
        createdAt: at,
        staffId: auth.staffId,
      }));
    const levels = new Map(
      (await createStockRepository(tx.db).applyMovements(movements)).map((level) => [level.productId, level]),
    );
    await counts.close(count.id, { status: 'posted', by: auth.staffId, at, differences });
    await createEventRepository(tx.db).append({
      storeId: count.storeId,
      type: 'stock.counted',
      refId: count.id,
      payload: {
        id: count.id,
        number: count.number,
        locationId: count.locationId,
        differences: movements.length,
      },
      createdAt: at,
    });
    await raiseStockAlerts(tx, count.storeId, {
      movements,
      levels,
      nameOf: (id) => products.get(id)?.name ?? '',
      refId: count.id,
      at,
    });
    return { differences: movements.length };
  });
}

/** Does `work` on a count still counting, its row locked, with an audit row; answers the count after. */
async function onOpenCount(
  ctx: KassaContext,
  auth: AuthSession,
  countId: string,
  action: string,
  work: (count: StockCount, tx: KassaContext) => Promise<Record<string, unknown>>,
): Promise<ApiStockCount> {
  await visibleCount(ctx, auth, countId);
  const count = await transact(ctx, async (tx) => {
    const counts = createStockCountRepository(tx.db);
    await counts.lock(countId);
    const locked = await counts.get(countId);
    if (!locked) throw new HttpError('stock_count_not_found');
    if (locked.status !== 'counting') throw new HttpError('stock_count_closed');
    const detail = await work(locked, tx);
    await recordAudit(tx, {
      action,
      staffId: auth.staffId,
      storeId: locked.storeId,
      targetType: 'stock_count',
      targetId: countId,
      detail: { number: locked.number, ...detail },
    });
    return counts.get(countId);
  });
  if (!count) throw new HttpError('stock_count_not_found');
  return toApiStockCount(ctx, auth, count);
}
