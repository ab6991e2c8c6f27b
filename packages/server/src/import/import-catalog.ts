import { createCategoryRepository, createProductRepository } from '@kassa/db';
import { createProduct } from '../catalog/create-product';
import { type KassaContext, newId } from '../kassa-context';
import { recordCatalogChange } from '../sync/pull/catalog-change';
import type { ImportStore } from './import-store';
import type { RetailProduct, RetailProductKind } from './retail-products';

/** A product as the import sells it: its id, and the catalogue fields that decide how a line is posted. */
export type CatalogProduct = {
  readonly id: string;
  /** The catalogue price now (the import may move it for a return, see retail-facts.ts). */
  price: number;
  readonly openPrice: boolean;
};

/** The category of each kind of product. */
const CATEGORY_NAMES: Readonly<Record<RetailProductKind, string>> = {
  goods: 'Goods',
  postage: 'Postage & carriage',
  fee: 'Fees & charges',
  voucher: 'Gift vouchers',
  manual: 'Manual lines',
  discount: 'Discounts',
  samples: 'Samples',
};

/**
 * Puts the file's products into the catalogue, by SKU. Goods are stock-tracked at their usual
 * price, 20% VAT. The money codes are open-price service products (no stock): their amount is typed
 * on each line in the file (postage by weight and destination, a fee, a discount), the catalogue
 * price only suggests one. Fees charged to the shop and gift vouchers (a voucher is paid for, not
 * sold: outside the scope of VAT) carry no VAT; postage, manual lines, discounts and samples the
 * standard rate like the goods they go with. Each kind gets its category.
 * A product whose SKU is already in the catalogue (an earlier month's import) is sold as it is.
 * Returns the products by SKU, and how many were created.
 */
export async function importRetailCatalog(
  ctx: KassaContext,
  place: Pick<ImportStore, 'taxClassIds'>,
  products: readonly RetailProduct[],
  staffId: string,
): Promise<{ products: Map<string, CatalogProduct>; created: number }> {
  const categoryIds = await kindCategories(ctx, new Set(products.map((product) => product.kind)));
  const repository = createProductRepository(ctx.db);
  const catalog = new Map<string, CatalogProduct>();
  let created = 0;
  for (const product of products) {
    const existing = await repository.getBySku(product.sku);
    if (existing) {
      catalog.set(product.sku, {
        id: existing.id,
        price: existing.price,
        openPrice: existing.openPrice === true,
      });
      continue;
    }
    const goods = product.kind === 'goods';
    const vatFree = product.kind === 'fee' || product.kind === 'voucher';
    const added = await createProduct(
      ctx,
      {
        sku: product.sku,
        name: product.name,
        categoryId: categoryIds.get(product.kind) ?? null,
        price: product.price,
        taxClassId: vatFree ? place.taxClassIds.none : place.taxClassIds.standard,
        trackStock: goods,
        openPrice: !goods,
      },
      staffId,
    );
    catalog.set(product.sku, { id: added.id, price: added.price, openPrice: added.openPrice });
    created++;
  }
  return { products: catalog, created };
}

/** The category of each kind, created when no category has its name. */
async function kindCategories(
  ctx: KassaContext,
  kinds: ReadonlySet<RetailProductKind>,
): Promise<Map<RetailProductKind, string>> {
  const categories = createCategoryRepository(ctx.db);
  const existing = await categories.list();
  const ids = new Map<RetailProductKind, string>();
  for (const kind of kinds) {
    const name = CATEGORY_NAMES[kind];
    let id = existing.find((category) => category.name === name && category.parentId === null)?.id;
    if (id === undefined) {
      id = newId(ctx);
      await categories.create({
        id,
        name,
        parentId: null,
        sortOrder: existing.length + ids.size,
        color: null,
      });
      await recordCatalogChange(ctx, { kind: 'category', id });
    }
    ids.set(kind, id);
  }
  return ids;
}
