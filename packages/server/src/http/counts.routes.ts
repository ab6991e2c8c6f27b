import { cancelStockCount, postStockCount, recountStock } from '../stock/stock-count-steps';
import {
  countStock,
  listStockCounts,
  startStockCount,
  toApiStockCount,
  visibleCount,
} from '../stock/stock-counts';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type CountRoutes = Pick<
  RouteHandlers,
  | 'startStockCount'
  | 'listStockCounts'
  | 'getStockCount'
  | 'countStock'
  | 'recountStock'
  | 'postStockCount'
  | 'cancelStockCount'
>;

/** Stock counts (盘点), for the stores the caller may see. */
export function countRoutes({ ctx }: AppServices): CountRoutes {
  return {
    startStockCount: ({ auth, params, body }) => startStockCount(ctx, auth, params.storeId, body),
    listStockCounts: ({ auth, params, query }) => listStockCounts(ctx, auth, params.storeId, query),
    getStockCount: async ({ auth, params }) =>
      toApiStockCount(ctx, auth, await visibleCount(ctx, auth, params.countId)),
    countStock: ({ auth, params, body }) => countStock(ctx, auth, params.countId, body.entries),
    recountStock: ({ auth, params, body }) => recountStock(ctx, auth, params.countId, body.productIds),
    postStockCount: ({ auth, params }) => postStockCount(ctx, auth, params.countId),
    cancelStockCount: ({ auth, params }) => cancelStockCount(ctx, auth, params.countId),
  };
}
