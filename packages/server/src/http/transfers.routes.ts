import {
  approveStockTransfer,
  cancelStockTransfer,
  receiveStockTransfer,
  shipStockTransfer,
} from '../stock/stock-transfer-steps';
import {
  listStockTransfers,
  requestStockTransfer,
  toApiStockTransfer,
  visibleTransfer,
} from '../stock/stock-transfers';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type TransferRoutes = Pick<
  RouteHandlers,
  | 'requestStockTransfer'
  | 'getStockTransfer'
  | 'listStockTransfers'
  | 'approveStockTransfer'
  | 'shipStockTransfer'
  | 'receiveStockTransfer'
  | 'cancelStockTransfer'
>;

/** Transfers (调拨) between locations and stores, for those who may see one of the two stores. */
export function transferRoutes({ ctx }: AppServices): TransferRoutes {
  return {
    requestStockTransfer: ({ auth, body }) => requestStockTransfer(ctx, auth, body),
    getStockTransfer: async ({ auth, params }) =>
      toApiStockTransfer(ctx, await visibleTransfer(ctx, auth, params.transferId)),
    listStockTransfers: ({ auth, params, query }) => listStockTransfers(ctx, auth, params.storeId, query),
    approveStockTransfer: ({ auth, params }) => approveStockTransfer(ctx, auth, params.transferId),
    shipStockTransfer: ({ auth, params, body }) => shipStockTransfer(ctx, auth, params.transferId, body),
    receiveStockTransfer: ({ auth, params, body }) =>
      receiveStockTransfer(ctx, auth, params.transferId, body),
    cancelStockTransfer: ({ auth, params }) => cancelStockTransfer(ctx, auth, params.transferId),
  };
}
