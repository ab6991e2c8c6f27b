import type { ReorderRule } from '@kassa/api';
import { createReorderRepository, createStockLocationRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { trackedProducts } from '../stock/stock-document';

/**
 * Sets a product's reorder point and quantity at a location of a store the caller sees; audited.
 * The sales floor's reorder point is the one a sale's low-stock alert watches.
 * @throws HttpError `stock_location_not_found`, `product_not_found`, `stock_untracked`.
 */
export async function setReorderRule(
  ctx: KassaContext,
  auth: AuthSession,
  locationId: string,
  productId: string,
  rule: { readonly reorderPoint: number | null; readonly reorderQuantity: number | null },
): Promise<ReorderRule> {
  const location = await createStockLocationRepository(ctx.db).get(locationId);
  if (!location || !canSeeStore(auth, location.storeId)) throw new HttpError('stock_location_not_found');
  await trackedProducts(ctx, [productId]);
  await transact(ctx, async (tx) => {
    await createReorderRepository(tx.db).setRule(
      { storeId: location.storeId, locationId, productId },
      rule,
      tx.clock(),
    );
    await recordAudit(tx, {
      action: 'stock.reorder_rule_set',
      staffId: auth.staffId,
      storeId: location.storeId,
      targetType: 'product',
      targetId: productId,
      detail: { locationId, ...rule },
    });
  });
  return { locationId, productId, ...rule };
}
