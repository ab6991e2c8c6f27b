import type { Catalog, Category, Product, Store, SyncChanges, TaxClass } from '@kassa/api';

/**
 * The register's own copy of its store's catalogue, as pulled from the server and kept in
 * IndexedDB: what it sells from, with or without a network. Only active products are kept.
 */
export type LocalCatalog = {
  /** Where the pull stands; null before the first page. */
  cursor: string | null;
  /** A snapshot has ended since the last reset: the copy is whole (though maybe behind). */
  complete: boolean;
  store: Store | null;
  categories: Category[];
  taxClasses: TaxClass[];
  /** Active products by id. */
  products: Map<string, Product>;
  /** When a page was last applied (epoch ms); 0 never. */
  syncedAt: number;
};

export function emptyLocalCatalog(): LocalCatalog {
  return {
    cursor: null,
    complete: false,
    store: null,
    categories: [],
    taxClasses: [],
    products: new Map(),
    syncedAt: 0,
  };
}

/**
 * Applies one page of a pull to the copy, in place (a 100k-product copy is not copied per page):
 * a reset empties it first, an inactive product leaves it, settings given whole replace the old.
 * Applying the same page twice leaves the same copy. Returns whether what a register sells from
 * may have changed.
 */
export function applyPage(copy: LocalCatalog, page: SyncChanges, syncedAt: number): boolean {
  if (page.reset) {
    copy.products.clear();
    copy.categories = [];
    copy.complete = false;
  }
  if (page.store) copy.store = page.store;
  if (page.categories) copy.categories = page.categories;
  if (page.taxClasses) copy.taxClasses = page.taxClasses;
  for (const product of page.products) {
    if (product.active) copy.products.set(product.id, product);
    else copy.products.delete(product.id);
  }
  copy.cursor = page.nextCursor;
  copy.complete ||= !page.more;
  copy.syncedAt = syncedAt;
  return (
    page.reset ||
    page.products.length > 0 ||
    page.store !== null ||
    page.categories !== null ||
    page.taxClasses !== null
  );
}

/** The copy as a catalogue answer, for {@link indexCatalog}; null while no store settings are known. */
export function toCatalog(copy: LocalCatalog): Catalog | null {
  if (!copy.store) return null;
  return {
    store: copy.store,
    categories: copy.categories,
    taxClasses: copy.taxClasses,
    products: [...copy.products.values()],
  };
}
