import { defineRoute } from './route';
import { StockAdjustment, StockAdjustmentBody } from './schemas/stock-adjustment';
import {
  CreateStockLocationBody,
  StockLocation,
  StockLocationList,
  StockLocationParams,
  UpdateStockLocationBody,
} from './schemas/stock-location';
import { StockReceipt, StockReceiptBody } from './schemas/stock-receipt';
import { StockValuation, StockValuationQuery } from './schemas/stock-valuation';
import { StoreParams } from './schemas/store';

/** A store's stock locations (库位) and adjustments by hand (报损, corrections). */
export const stockRoutes = {
  listStockLocations: defineRoute({
    method: 'GET',
    path: '/api/v1/stores/{storeId}/stock-locations',
    summary: "A store's stock locations: its sales floor first, then the others by name",
    tag: 'stock',
    access: 'stock.read',
    params: StoreParams,
    response: StockLocationList,
    errors: ['store_not_found'],
  }),
  createStockLocation: defineRoute({
    method: 'POST',
    path: '/api/v1/stores/{storeId}/stock-locations',
    summary:
      'Add a stock location to a store: a back room or store room (storage), or a shelf for damaged goods',
    tag: 'stock',
    access: 'stock.manage',
    params: StoreParams,
    body: CreateStockLocationBody,
    response: StockLocation,
    status: 201,
    errors: ['store_not_found', 'stock_location_name_taken'],
  }),
  updateStockLocation: defineRoute({
    method: 'PATCH',
    path: '/api/v1/stock-locations/{locationId}',
    summary: 'Rename a stock location, or take it out of use (nothing on hand there; never the sales floor)',
    tag: 'stock',
    access: 'stock.manage',
    params: StockLocationParams,
    body: UpdateStockLocationBody,
    response: StockLocation,
    errors: [
      'stock_location_not_found',
      'stock_location_name_taken',
      'stock_location_not_empty',
      'sales_floor_in_use',
    ],
  }),
  adjustStock: defineRoute({
    method: 'POST',
    path: '/api/v1/stores/{storeId}/stock-adjustments',
    summary:
      "Write goods off (报损) or correct a location's stock by hand, with the reason; the same id again answers the first result",
    tag: 'stock',
    access: 'stock.adjust',
    params: StoreParams,
    body: StockAdjustmentBody,
    response: StockAdjustment,
    status: 201,
    errors: [
      'store_not_found',
      'stock_location_not_found',
      'stock_location_closed',
      'product_not_found',
      'stock_untracked',
      'stock_below_zero',
      'idempotency_conflict',
    ],
  }),
  stockValuation: defineRoute({
    method: 'GET',
    path: '/api/v1/stores/{storeId}/stock-valuation',
    summary:
      "A store's stock and its value at cost (库存金额) per location and product, now or at the end of a past business day",
    tag: 'stock',
    access: 'report.read',
    params: StoreParams,
    query: StockValuationQuery,
    response: StockValuation,
    errors: ['store_not_found', 'stock_location_not_found'],
  }),
  receiveStock: defineRoute({
    method: 'POST',
    path: '/api/v1/stores/{storeId}/stock-receipts',
    summary:
      'Receive goods at a location (收货入库) at their unit costs, which move each product’s cost by moving average; the same id again answers the first result',
    tag: 'stock',
    access: 'stock.receive',
    params: StoreParams,
    body: StockReceiptBody,
    response: StockReceipt,
    status: 201,
    errors: [
      'store_not_found',
      'stock_location_not_found',
      'stock_location_closed',
      'product_not_found',
      'stock_untracked',
      'supplier_not_found',
      'purchase_order_not_found',
      'purchase_order_not_open',
      'purchase_order_over_received',
      'idempotency_conflict',
    ],
  }),
};
