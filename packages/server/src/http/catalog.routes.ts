import type { ProductDetail } from '@kassa/api';
import { createCategoryRepository, createProductRepository, createTaxClassRepository } from '@kassa/db';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { deactivateProduct, updateProduct } from '../catalog/change-product';
import { createProduct } from '../catalog/create-product';
import { lookupCode } from '../catalog/lookup-code';
import { toApiProduct } from '../catalog/product-view';
import { toProductDetail } from '../catalog/reorder-points';
import { searchProducts } from '../catalog/search-products';
import { toApiStore } from '../stores/store-view';
import { visibleStore } from '../stores/visible-store';
import type { AppServices } from './app-services';
import { HttpError } from './http-error';
import type { RouteHandlers } from './route-handlers';

type CatalogRoutes = Pick<
  RouteHandlers,
  | 'catalog'
  | 'listCategories'
  | 'listTaxClasses'
  | 'listProducts'
  | 'lookupProduct'
  | 'getProduct'
  | 'createProduct'
  | 'updateProduct'
  | 'deleteProduct'
>;

/** A store named in a product body must be one the caller may see: the same 404 as for an unknown one. */
function checkStores(
  auth: AuthSession,
  body: { readonly reorderPoints?: readonly { storeId: string }[] | undefined },
) {
  for (const point of body.reorderPoints ?? [])
    if (!canSeeStore(auth, point.storeId)) throw new HttpError('store_not_found');
}

/** Only the reorder points of stores the caller may see. */
function visibleDetail(auth: AuthSession, detail: ProductDetail): ProductDetail {
  return {
    ...detail,
    reorderPoints: detail.reorderPoints.filter((point) => canSeeStore(auth, point.storeId)),
  };
}

/** Products, categories and tax classes, and the catalogue snapshot registers sell from. */
export function catalogRoutes({ ctx }: AppServices): CatalogRoutes {
  return {
    catalog: async ({ auth, params }) => {
      const store = await visibleStore(ctx, auth, params.storeId);
      const [categories, taxClasses, products] = await Promise.all([
        createCategoryRepository(ctx.db).list(),
        createTaxClassRepository(ctx.db).list(),
        createProductRepository(ctx.db).listActive(),
      ]);
      return { store: toApiStore(store), categories, taxClasses, products: products.map(toApiProduct) };
    },
    listCategories: async () => ({ items: await createCategoryRepository(ctx.db).list() }),
    listTaxClasses: async () => ({ items: await createTaxClassRepository(ctx.db).list() }),
    listProducts: ({ query }) => searchProducts(ctx, query),
    lookupProduct: async ({ auth, query }) =>
      lookupCode(ctx, await visibleStore(ctx, auth, query.storeId), query.code),
    getProduct: async ({ auth, params }) => {
      const product = await createProductRepository(ctx.db).get(params.id);
      if (!product) throw new HttpError('product_not_found');
      return toProductDetail(ctx, product, (storeId) => canSeeStore(auth, storeId));
    },
    createProduct: async ({ auth, body }) => {
      checkStores(auth, body);
      return visibleDetail(auth, await createProduct(ctx, body, auth.staffId));
    },
    updateProduct: async ({ auth, params, body }) => {
      checkStores(auth, body);
      return visibleDetail(auth, await updateProduct(ctx, params.id, body, auth.staffId));
    },
    deleteProduct: ({ auth, params }) => deactivateProduct(ctx, params.id, auth.staffId),
  };
}
