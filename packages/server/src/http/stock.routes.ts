import { adjustStock } from '../stock/adjust-stock';
import { receiveStock } from '../stock/receive-stock';
import { createStockLocation, listStockLocations, updateStockLocation } from '../stock/stock-locations';
import { stockValuation } from '../stock/stock-valuation';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type StockLocationRoutes = Pick<
  RouteHandlers,
  | 'listStockLocations'
  | 'createStockLocation'
  | 'updateStockLocation'
  | 'adjustStock'
  | 'stockValuation'
  | 'receiveStock'
>;

/** A store's stock locations (库位) and adjustments by hand, scoped to the stores the caller may see. */
export function stockRoutes({ ctx }: AppServices): StockLocationRoutes {
  return {
    listStockLocations: async ({ auth, params }) => ({
      items: await listStockLocations(ctx, auth, params.storeId),
    }),
    createStockLocation: ({ auth, params, body }) => createStockLocation(ctx, auth, params.storeId, body),
    updateStockLocation: ({ auth, params, body }) => updateStockLocation(ctx, auth, params.locationId, body),
    stockValuation: ({ auth, params, query }) => stockValuation(ctx, auth, params.storeId, query),
    receiveStock: async ({ auth, params, body }) =>
      (await receiveStock(ctx, auth, params.storeId, body)).receipt,
    adjustStock: async ({ auth, params, body }) =>
      (await adjustStock(ctx, auth, params.storeId, body)).adjustment,
  };
}
