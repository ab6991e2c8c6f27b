import type { ProductDetail } from '@kassa/api';
import {
  createAlertRepository,
  createStockRepository,
  createStoreRepository,
  type Product,
  type ReorderPoint,
} from '@kassa/db';
import { alertsTurnedOn } from '../alerts/alerts-turned-on';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId } from '../kassa-context';
import { toApiProduct } from './product-view';

/** A store's reorder point to set; null clears it. */
export type ReorderPointChange = { readonly storeId: string; readonly reorderPoint: number | null };

/** What changed per store, for the audit log. */
export type ReorderPointChanges = Record<string, { from: number | null; to: number | null }>;

/**
 * Sets a product's reorder points (补货点) in the given stores, in the caller's transaction, and
 * answers what changed. Only a stock-tracked product has them: an untracked one moves no stock, so
 * it would never alert.
 * @throws HttpError `store_not_found` for an unknown store, `reorder_point_untracked` for a reorder
 * point on a product whose stock is not tracked.
 */
export async function saveReorderPoints(
  ctx: KassaContext,
  product: Pick<Product, 'id' | 'trackStock'>,
  changes: readonly ReorderPointChange[],
): Promise<ReorderPointChanges> {
  if (changes.length === 0) return {};
  if (!product.trackStock && changes.some((change) => change.reorderPoint !== null))
    throw new HttpError('reorder_point_untracked');
  const salesFloors = await salesFloorsOf(ctx);
  for (const change of changes) {
    if (!salesFloors.has(change.storeId)) throw new HttpError('store_not_found');
  }
  const stock = createStockRepository(ctx.db);
  const before = new Map(
    (await storeReorderPoints(ctx, product.id)).map((point) => [point.storeId, point.reorderPoint]),
  );
  const changed: ReorderPointChanges = {};
  // In store order: two editors saving the same product lock its stock rows in one order.
  const ordered = [...changes].sort((a, b) => (a.storeId < b.storeId ? -1 : a.storeId > b.storeId ? 1 : 0));
  for (const change of ordered) {
    const from = before.get(change.storeId) ?? null;
    if (from === change.reorderPoint) continue;
    await stock.setReorderPoint(
      { storeId: change.storeId, locationId: salesFloors.get(change.storeId) ?? '', productId: product.id },
      change.reorderPoint,
      ctx.clock(),
    );
    changed[change.storeId] = { from, to: change.reorderPoint };
  }
  return changed;
}

/**
 * Raises `low_stock` in each store whose new reorder point is above what is on hand now, unless it
 * was already below the old one: no sale may cross the point soon (stock only comes back with
 * returns), so without this the owner would never hear of it. Appends events: call it last in
 * the transaction.
 */
export async function raiseLowOnArrival(
  ctx: KassaContext,
  product: Pick<Product, 'id' | 'name'>,
  changed: ReorderPointChanges,
): Promise<void> {
  const stock = createStockRepository(ctx.db);
  const alerts = createAlertRepository(ctx.db);
  const salesFloors = await salesFloorsOf(ctx);
  for (const [storeId, { from, to }] of Object.entries(changed).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (to === null) continue;
    const onHand = await stock.getOnHand(salesFloors.get(storeId) ?? '', product.id);
    if (onHand >= to || (from !== null && onHand < from)) continue;
    const low = {
      id: newId(ctx),
      storeId,
      kind: 'low_stock',
      refId: product.id,
      details: { productId: product.id, name: product.name, onHand, reorderPoint: to },
      createdAt: ctx.clock(),
    };
    await alerts.raise(await alertsTurnedOn(ctx.db, storeId, [low]));
  }
}

/** A product as the API shows it one at a time: with its reorder points in the stores `canSee`. */
export async function toProductDetail(
  ctx: KassaContext,
  product: Product,
  canSee: (storeId: string) => boolean = () => true,
): Promise<ProductDetail> {
  const points = await storeReorderPoints(ctx, product.id);
  return {
    ...toApiProduct(product),
    reorderPoints: points
      .filter((point) => canSee(point.storeId))
      .map(({ storeId, reorderPoint }) => ({ storeId, reorderPoint })),
  };
}

/** Each store's sales floor (the location a store's reorder point is set at: sales draw on it). */
async function salesFloorsOf(ctx: KassaContext): Promise<Map<string, string>> {
  const stores = await createStoreRepository(ctx.db).list();
  return new Map(stores.map((store) => [store.id, store.salesFloorId]));
}

/** The product's reorder points at the stores' sales floors. */
async function storeReorderPoints(ctx: KassaContext, productId: string): Promise<ReorderPoint[]> {
  const floors = new Set((await salesFloorsOf(ctx)).values());
  const points = await createStockRepository(ctx.db).listReorderPoints(productId);
  return points.filter((point) => floors.has(point.locationId));
}
