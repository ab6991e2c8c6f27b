import type { Product as ApiProduct } from '@kassa/api';
import type { Product } from '@kassa/db';

/** A stored product as the API shows it. */
export function toApiProduct(product: Product): ApiProduct {
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    categoryId: product.categoryId,
    unit: product.unit,
    price: product.price,
    cost: product.cost,
    taxClassId: product.taxClassId,
    trackStock: product.trackStock,
    openPrice: product.openPrice ?? false,
    plu: product.plu,
    active: product.active,
    barcodes: [...product.barcodes],
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}
