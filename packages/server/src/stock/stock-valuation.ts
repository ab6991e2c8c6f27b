import type { StockValuation } from '@kassa/api';
import { addDays, lineAmount } from '@kassa/core';
import {
  createStockLocationRepository,
  createStockRepository,
  createStockTransferRepository,
} from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { localInstant } from '../import/local-instant';
import type { KassaContext } from '../kassa-context';
import { loadSaleProducts } from '../sales/sale-products';
import { visibleStore } from '../stores/visible-store';

/**
 * A store's stock and its value at cost (库存金额), per location and product, from the stock ledger:
 * what its movements add up to before the end of business day `asOf` (now without it), valued at
 * the costs they were booked at. Only one location with `locationId`.
 * @throws HttpError `store_not_found`, `stock_location_not_found`.
 */
export async function stockValuation(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  query: { readonly asOf?: string | undefined; readonly locationId?: string | undefined },
): Promise<StockValuation> {
  const store = await visibleStore(ctx, auth, storeId);
  const locations = (await createStockLocationRepository(ctx.db).list([store.id])).filter(
    (location) => query.locationId === undefined || location.id === query.locationId,
  );
  if (locations.length === 0) throw new HttpError('stock_location_not_found');
  const before = query.asOf === undefined ? ctx.clock() + 1 : dayEnd(query.asOf, store);
  const values = (await createStockRepository(ctx.db).ledgerValues(store.id, before)).filter((level) =>
    locations.some((location) => location.id === level.locationId),
  );
  const products = await loadSaleProducts(
    ctx.db,
    values.map((level) => level.productId),
  );
  const items: StockValuation['items'] = values.map((level) => {
    const product = products.get(level.productId);
    return { ...level, sku: product?.sku ?? '', name: product?.name ?? '', unit: product?.unit ?? 'piece' };
  });
  return {
    storeId: store.id,
    asOf: query.asOf ?? null,
    currency: store.currency,
    total: items.reduce((sum, item) => sum + item.value, 0),
    inTransit: (await createStockTransferRepository(ctx.db).inTransitTo(store.id, before)).reduce(
      (sum, line) => sum + (line.unitCost === null ? 0 : lineAmount(line.unitCost, line.shipped)),
      0,
    ),
    locations: locations.map((location) => {
      const held = items.filter((item) => item.locationId === location.id);
      return {
        locationId: location.id,
        name: location.name,
        value: held.reduce((sum, item) => sum + item.value, 0),
        products: held.length,
      };
    }),
    items,
  };
}

/** The instant business day `date` ends in the store: the next day's cutover on its wall clock. */
function dayEnd(
  date: string,
  store: { readonly timeZone: string; readonly businessDayCutoverMinutes: number },
): number {
  const minutes = store.businessDayCutoverMinutes;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return localInstant(`${addDays(date, 1)} ${time}`, store.timeZone);
}
