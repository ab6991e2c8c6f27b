import { defineRoute } from './route';
import {
  ReceiveStockTransferBody,
  ShipStockTransferBody,
  StockTransfer,
  StockTransferBody,
  StockTransferPage,
  StockTransferParams,
  StockTransferQuery,
} from './schemas/stock-transfer';
import { StoreParams } from './schemas/store';

const locationErrors = ['stock_location_not_found', 'stock_location_closed'] as const;

/** Transfers (调拨) of goods between locations and stores: request, approve, ship, receive. */
export const transferRoutes = {
  requestStockTransfer: defineRoute({
    method: 'POST',
    path: '/api/v1/stock-transfers',
    summary:
      'Ask for goods to move from one location to another (of this store or another); the same id again answers the first request',
    tag: 'stock',
    access: 'stock.transfer',
    body: StockTransferBody,
    response: StockTransfer,
    status: 201,
    errors: [...locationErrors, 'product_not_found', 'stock_untracked', 'idempotency_conflict'],
  }),
  getStockTransfer: defineRoute({
    method: 'GET',
    path: '/api/v1/stock-transfers/{transferId}',
    summary: 'A transfer with its lines: requested, shipped and received',
    tag: 'stock',
    access: 'stock.read',
    params: StockTransferParams,
    response: StockTransfer,
    errors: ['stock_transfer_not_found'],
  }),
  listStockTransfers: defineRoute({
    method: 'GET',
    path: '/api/v1/stores/{storeId}/stock-transfers',
    summary: 'Transfers coming to a store or leaving it, newest first',
    tag: 'stock',
    access: 'stock.read',
    params: StoreParams,
    query: StockTransferQuery,
    response: StockTransferPage,
    errors: ['store_not_found'],
  }),
  approveStockTransfer: defineRoute({
    method: 'POST',
    path: '/api/v1/stock-transfers/{transferId}/approve',
    summary: 'Agree to give the goods asked for (a manager of the store they leave)',
    tag: 'stock',
    access: 'stock.transfer_approve',
    params: StockTransferParams,
    response: StockTransfer,
    errors: ['stock_transfer_not_found', 'stock_transfer_status'],
  }),
  shipStockTransfer: defineRoute({
    method: 'POST',
    path: '/api/v1/stock-transfers/{transferId}/ship',
    summary: 'Send the goods as counted out: they leave their location and are in transit until received',
    tag: 'stock',
    access: 'stock.transfer',
    params: StockTransferParams,
    body: ShipStockTransferBody,
    response: StockTransfer,
    errors: [
      'stock_transfer_not_found',
      'stock_transfer_status',
      'stock_transfer_line',
      'stock_below_zero',
      'forbidden',
    ],
  }),
  receiveStockTransfer: defineRoute({
    method: 'POST',
    path: '/api/v1/stock-transfers/{transferId}/receive',
    summary: 'Book in what arrived; what is missing (or more) is recorded on the transfer as its difference',
    tag: 'stock',
    access: 'stock.transfer',
    params: StockTransferParams,
    body: ReceiveStockTransferBody,
    response: StockTransfer,
    errors: ['stock_transfer_not_found', 'stock_transfer_status', 'stock_transfer_line', ...locationErrors],
  }),
  cancelStockTransfer: defineRoute({
    method: 'POST',
    path: '/api/v1/stock-transfers/{transferId}/cancel',
    summary: 'Call off a transfer before anything was shipped',
    tag: 'stock',
    access: 'stock.transfer',
    params: StockTransferParams,
    response: StockTransfer,
    errors: ['stock_transfer_not_found', 'stock_transfer_status'],
  }),
};
