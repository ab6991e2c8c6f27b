import { createStockLocationRepository, type StockLocation } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { loadSaleProducts, type SaleProduct } from '../sales/sale-products';

/**
 * The location a stock document (an adjustment, a receipt) books at: one of the store's, in use.
 * @throws HttpError `stock_location_not_found`, `stock_location_closed`.
 */
export async function openLocation(
  ctx: KassaContext,
  storeId: string,
  locationId: string,
): Promise<StockLocation> {
  const location = await createStockLocationRepository(ctx.db).get(locationId);
  if (!location || location.storeId !== storeId) throw new HttpError('stock_location_not_found');
  if (!location.active) throw new HttpError('stock_location_closed');
  return location;
}

/**
 * The products of a stock document's lines, each existing and with its stock tracked (an untracked
 * product has no stock to book).
 * @throws HttpError `product_not_found`, `stock_untracked`.
 */
export async function trackedProducts(
  ctx: KassaContext,
  productIds: readonly string[],
): Promise<Map<string, SaleProduct>> {
  const products = await loadSaleProducts(ctx.db, productIds);
  for (const productId of productIds) {
    const product = products.get(productId);
    if (!product) throw new HttpError('product_not_found', { productId });
    if (!product.trackStock) throw new HttpError('stock_untracked', { productId });
  }
  return products;
}

/**
 * A stock document recorded before under this id, when it was this very request (sent again after
 * a lost answer); `idempotency_conflict` when the id was used for another request or store.
 */
export function sameRequest<T extends { readonly requestHash: string; readonly storeId: string }>(
  earlier: T | undefined,
  requestHash: string,
  storeId: string,
): T | undefined {
  if (earlier && (earlier.requestHash !== requestHash || earlier.storeId !== storeId)) {
    throw new HttpError('idempotency_conflict');
  }
  return earlier;
}
