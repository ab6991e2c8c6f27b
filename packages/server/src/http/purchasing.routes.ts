import { purchaseOrderDocument } from '../purchasing/purchase-order-document';
import { closePurchaseOrder, sendPurchaseOrder } from '../purchasing/purchase-order-status';
import { toApiPurchaseOrder } from '../purchasing/purchase-order-view';
import {
  createPurchaseOrder,
  listPurchaseOrders,
  updatePurchaseOrder,
  visibleOrder,
} from '../purchasing/purchase-orders';
import {
  listSupplierProducts,
  removeSupplierProduct,
  setSupplierProduct,
} from '../purchasing/supplier-products';
import { createSupplier, getSupplier, listSuppliers, updateSupplier } from '../purchasing/suppliers';
import { setReorderRule } from '../reorder/reorder-rules';
import { reorderSuggestions } from '../reorder/reorder-suggestions';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type PurchasingRoutes = Pick<
  RouteHandlers,
  | 'listSuppliers'
  | 'createSupplier'
  | 'getSupplier'
  | 'updateSupplier'
  | 'listSupplierProducts'
  | 'setSupplierProduct'
  | 'removeSupplierProduct'
  | 'listPurchaseOrders'
  | 'createPurchaseOrder'
  | 'getPurchaseOrder'
  | 'updatePurchaseOrder'
  | 'sendPurchaseOrder'
  | 'closePurchaseOrder'
  | 'purchaseOrderDocument'
  | 'setReorderRule'
  | 'reorderSuggestions'
>;

/** Suppliers, what they sell, and purchase orders to them (scoped to the stores the caller may see). */
export function purchasingRoutes({ ctx }: AppServices): PurchasingRoutes {
  return {
    setReorderRule: ({ auth, params, body }) =>
      setReorderRule(ctx, auth, params.locationId, params.productId, body),
    reorderSuggestions: ({ auth, params, query }) => reorderSuggestions(ctx, auth, params.storeId, query),
    listSuppliers: async ({ query }) => ({ items: await listSuppliers(ctx, query) }),
    createSupplier: ({ auth, body }) => createSupplier(ctx, auth, body),
    getSupplier: ({ params }) => getSupplier(ctx, params.supplierId),
    updateSupplier: ({ auth, params, body }) => updateSupplier(ctx, auth, params.supplierId, body),
    listSupplierProducts: async ({ params }) => ({
      items: await listSupplierProducts(ctx, params.supplierId),
    }),
    setSupplierProduct: ({ auth, params, body }) =>
      setSupplierProduct(ctx, auth, params.supplierId, params.productId, body),
    removeSupplierProduct: async ({ auth, params }) => {
      await removeSupplierProduct(ctx, auth, params.supplierId, params.productId);
      return undefined;
    },
    listPurchaseOrders: ({ auth, params, query }) => listPurchaseOrders(ctx, auth, params.storeId, query),
    createPurchaseOrder: async ({ auth, params, body }) =>
      (await createPurchaseOrder(ctx, auth, params.storeId, body)).order,
    getPurchaseOrder: async ({ auth, params }) =>
      toApiPurchaseOrder(ctx, await visibleOrder(ctx, auth, params.orderId)),
    updatePurchaseOrder: ({ auth, params, body }) => updatePurchaseOrder(ctx, auth, params.orderId, body),
    sendPurchaseOrder: ({ auth, params }) => sendPurchaseOrder(ctx, auth, params.orderId),
    closePurchaseOrder: ({ auth, params }) => closePurchaseOrder(ctx, auth, params.orderId),
    purchaseOrderDocument: ({ auth, params, query }) =>
      purchaseOrderDocument(ctx, auth, params.orderId, query.lang),
  };
}
