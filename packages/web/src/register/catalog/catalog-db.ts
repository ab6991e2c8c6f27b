import type { Category, Product, Store, SyncChanges, TaxClass } from '@kassa/api';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { emptyLocalCatalog, type LocalCatalog } from './local-catalog';
import {
  clearChunks,
  emptyProductChunks,
  loadChunk,
  type ProductChunks,
  placeProduct,
  removeProduct,
} from './product-chunks';

/** Where the pull stands and the settings that come whole: one record, saved with every page. */
type SyncMeta = {
  readonly cursor: string | null;
  readonly complete: boolean;
  readonly store: Store | null;
  readonly taxClasses: TaxClass[];
  readonly syncedAt: number;
};

interface CatalogSchema extends DBSchema {
  /** Active products, a thousand to a record (see product-chunks.ts). */
  productChunks: { key: number; value: Product[] };
  categories: { key: string; value: Category };
  meta: { key: 'sync'; value: SyncMeta };
}

/** A store's catalogue in IndexedDB: one database per store, so one store's copy never mixes with another's. */
export type CatalogDb = IDBPDatabase<CatalogSchema>;

const VERSION = 1;

/** The database a store's copy lives in. */
export function catalogDbName(storeId: string): string {
  return `kassa-catalog-${storeId}`;
}

/** Opens (creating on first use) the store's catalogue database. */
export function openCatalogDb(storeId: string): Promise<CatalogDb> {
  return openDB<CatalogSchema>(catalogDbName(storeId), VERSION, {
    upgrade(db) {
      db.createObjectStore('productChunks');
      db.createObjectStore('categories', { keyPath: 'id' });
      db.createObjectStore('meta');
    },
  });
}

/** Where the stored copy's pull stands: its cursor and when it was last saved; null when nothing was saved. */
export async function readSyncPoint(
  db: CatalogDb,
): Promise<{ cursor: string | null; syncedAt: number } | null> {
  const meta = await db.get('meta', 'sync');
  return meta ? { cursor: meta.cursor, syncedAt: meta.syncedAt } : null;
}

/** The stored copy and where its products are kept, read in one transaction; empty when nothing was saved. */
export async function readLocalCatalog(
  db: CatalogDb,
): Promise<{ copy: LocalCatalog; chunks: ProductChunks }> {
  const tx = db.transaction(['meta', 'productChunks', 'categories'], 'readonly');
  const [meta, keys, chunkRows, categories] = await Promise.all([
    tx.objectStore('meta').get('sync'),
    tx.objectStore('productChunks').getAllKeys(),
    tx.objectStore('productChunks').getAll(),
    tx.objectStore('categories').getAll(),
    tx.done,
  ]);
  const chunks = emptyProductChunks();
  if (!meta) return { copy: emptyLocalCatalog(), chunks };
  const products = new Map<string, Product>();
  for (const [i, rows] of chunkRows.entries()) {
    for (const product of rows) products.set(product.id, product);
    loadChunk(
      chunks,
      keys[i] ?? i,
      rows.map((product) => product.id),
    );
  }
  return {
    copy: {
      cursor: meta.cursor,
      complete: meta.complete,
      store: meta.store,
      categories,
      taxClasses: meta.taxClasses,
      products,
      syncedAt: meta.syncedAt,
    },
    chunks,
  };
}

/**
 * Saves one page, applied to `copy` already, in one transaction: its rows and the copy's cursor
 * land together or not at all, so a register that stops mid-pull resumes from a cursor that
 * matches its rows. Only the chunks the page touched are written again.
 */
export async function savePage(
  db: CatalogDb,
  page: SyncChanges,
  copy: LocalCatalog,
  chunks: ProductChunks,
): Promise<void> {
  const tx = db.transaction(['meta', 'productChunks', 'categories'], 'readwrite');
  const stored = tx.objectStore('productChunks');
  const categories = tx.objectStore('categories');
  const writes: Promise<unknown>[] = [];
  try {
    // Requests run in the order issued: the clears come before the rows of the same page.
    if (page.reset) {
      clearChunks(chunks);
      writes.push(stored.clear());
    }
    const touched = new Set<number>();
    for (const product of page.products) {
      const key = product.active ? placeProduct(chunks, product.id) : removeProduct(chunks, product.id);
      if (key !== undefined) touched.add(key);
    }
    for (const key of touched) {
      const ids = [...(chunks.members.get(key) ?? [])];
      const rows = ids.flatMap((id) => copy.products.get(id) ?? []);
      writes.push(rows.length > 0 ? stored.put(rows, key) : stored.delete(key));
    }
    if (page.reset || page.categories) writes.push(categories.clear());
    for (const category of page.categories ?? []) writes.push(categories.put(category));
    writes.push(tx.objectStore('meta').put(metaOf(copy), 'sync'));
  } catch (error) {
    // A request refused on the spot (a row IndexedDB cannot store) does not abort the transaction
    // by itself: the rows before it would commit without their cursor.
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
}

function metaOf(copy: LocalCatalog): SyncMeta {
  return {
    cursor: copy.cursor,
    complete: copy.complete,
    store: copy.store,
    taxClasses: copy.taxClasses,
    syncedAt: copy.syncedAt,
  };
}
