import type { Catalog, Category, Product, Store } from '@kassa/api';
import { isValidScaleTemplate, pluKey, type ScaleBarcodeTemplate, validateGtin } from '@kassa/core';

/**
 * A store's catalogue in memory, indexed so a scan resolves with a few Map lookups and no network:
 * 100k products fit comfortably and build in well under a second.
 */
export type CatalogIndex = {
  readonly store: Store;
  /** The store's scale label templates that are valid (a bad one must never break scanning). */
  readonly scaleTemplates: readonly ScaleBarcodeTemplate[];
  /** Sorted by `sortOrder`, then name. */
  readonly categories: readonly Category[];
  /** The active products in catalogue order: by name, then id. */
  readonly products: readonly Product[];
  /** Normalized GTIN (13 digits, or 8 for EAN-8) → product. */
  readonly byBarcode: ReadonlyMap<string, Product>;
  /** Scale PLU without leading zeros → product. */
  readonly byPlu: ReadonlyMap<string, Product>;
  readonly byId: ReadonlyMap<string, Product>;
  /** Products per category id, in catalogue order. */
  readonly byCategory: ReadonlyMap<string, readonly Product[]>;
  /** Tax class id → rate in ppm. */
  readonly taxRates: ReadonlyMap<string, number>;
  /** Lower-cased "name sku" per product, parallel to `products`, for local search. */
  readonly searchText: readonly string[];
};

/** The key a barcode is indexed and looked up by: its normalized GTIN when it is one. */
function barcodeKey(code: string): string {
  const gtin = validateGtin(code);
  return gtin.ok ? gtin.value.normalized : code;
}

/**
 * Catalogue order: by name, then id, comparing UTF-16 code units as IndexedDB and a binary collation
 * do (not `localeCompare`: 100k products must sort in a blink, the same way on every device).
 */
function byNameThenId(a: Product, b: Product): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds the in-memory indexes of a catalogue (its products in any order). */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const byBarcode = new Map<string, Product>();
  const byPlu = new Map<string, Product>();
  const byId = new Map<string, Product>();
  const byCategory = new Map<string, Product[]>();
  const searchText: string[] = [];
  const products = catalog.products.filter((p) => p.active).sort(byNameThenId);
  for (const product of products) {
    byId.set(product.id, product);
    for (const code of product.barcodes) byBarcode.set(barcodeKey(code), product);
    if (product.plu) byPlu.set(pluKey(product.plu), product);
    if (product.categoryId) {
      const list = byCategory.get(product.categoryId);
      if (list) list.push(product);
      else byCategory.set(product.categoryId, [product]);
    }
    searchText.push(`${product.name} ${product.sku}`.toLowerCase());
  }
  const categories = [...catalog.categories].sort(
    (a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name),
  );
  return {
    store: catalog.store,
    scaleTemplates: catalog.store.scaleBarcodeTemplates.filter(isValidScaleTemplate),
    categories,
    products,
    byBarcode,
    byPlu,
    byId,
    byCategory,
    taxRates: new Map(catalog.taxClasses.map((c) => [c.id, c.ratePpm])),
    searchText,
  };
}
