import 'fake-indexeddb/auto';
import type { Product, SyncChanges } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { CATALOG, IDS } from '../testing/catalog-fixture';
import { type CatalogDb, openCatalogDb, readLocalCatalog, savePage } from './catalog-db';
import { applyPage, emptyLocalCatalog, type LocalCatalog } from './local-catalog';
import { emptyProductChunks, type ProductChunks } from './product-chunks';

/** The copy with categories in id order: the store keeps them by id, the order the index ignores. */
const sorted = (copy: LocalCatalog) => ({
  ...copy,
  categories: [...copy.categories].sort((a, b) => (a.id < b.id ? -1 : 1)),
});

let stores = 0;
const freshDb = () => openCatalogDb(`00000000-0000-7000-8000-00000000${String(++stores).padStart(4, '0')}`);
const storedCopy = async (db: CatalogDb) => (await readLocalCatalog(db)).copy;
const active = CATALOG.products.filter((p) => p.active);
const [cola, apple] = active as [Product, Product, ...Product[]];

const snapshot = (overrides: Partial<SyncChanges> = {}): SyncChanges => ({
  reset: true,
  store: CATALOG.store,
  categories: CATALOG.categories,
  taxClasses: CATALOG.taxClasses,
  products: active,
  nextCursor: 'cursor-1',
  more: false,
  ...overrides,
});
const delta = (products: Product[], nextCursor: string, more = false): SyncChanges => ({
  reset: false,
  store: null,
  categories: null,
  taxClasses: null,
  products,
  nextCursor,
  more,
});

type Pulled = { copy: LocalCatalog; chunks: ProductChunks };

/** Applies and saves pages as a pull does; returns the copy in memory and where its products are kept. */
async function pullInto(db: CatalogDb, pages: SyncChanges[], into?: Pulled): Promise<Pulled> {
  const pulled = into ?? { copy: emptyLocalCatalog(), chunks: emptyProductChunks() };
  for (const [i, page] of pages.entries()) {
    applyPage(pulled.copy, page, 1_700_000_000_000 + i);
    await savePage(db, page, pulled.copy, pulled.chunks);
  }
  return pulled;
}

describe('the catalogue kept in IndexedDB', () => {
  it('reads back an empty copy before anything was saved', async () => {
    expect(await storedCopy(await freshDb())).toEqual(emptyLocalCatalog());
  });

  it('reads back what the pages brought, with the cursor of the last page', async () => {
    const db = await freshDb();
    const { copy } = await pullInto(db, [
      snapshot({ products: [cola], nextCursor: 'snap-2', more: true }),
      snapshot({ reset: false, store: null, categories: null, taxClasses: null, products: active.slice(1) }),
    ]);
    const stored = await storedCopy(db);
    expect(sorted(stored)).toEqual(sorted(copy));
    expect(stored).toMatchObject({ cursor: 'cursor-1', complete: true, store: CATALOG.store });
    expect([...stored.products.keys()].sort()).toEqual(active.map((p) => p.id).sort());
    expect(stored.categories).toHaveLength(CATALOG.categories.length);
    expect(stored.taxClasses).toEqual(CATALOG.taxClasses);
  });

  it('is not whole until a snapshot has ended', async () => {
    const db = await freshDb();
    await pullInto(db, [snapshot({ products: [cola], nextCursor: 'snap-2', more: true })]);
    expect(await storedCopy(db)).toMatchObject({ cursor: 'snap-2', complete: false });
  });

  it('changes a price, drops a deactivated product, and repeats a page harmlessly', async () => {
    const db = await freshDb();
    const pulled = await pullInto(db, [snapshot()]);
    const page = delta(
      [
        { ...cola, price: 300 },
        { ...apple, active: false },
      ],
      'cursor-2',
    );
    const { copy } = await pullInto(db, [page, page], pulled);
    const stored = await storedCopy(db);
    expect(stored.products.get(cola.id)?.price).toBe(300);
    expect(stored.products.has(apple.id)).toBe(false);
    expect(stored.cursor).toBe('cursor-2');
    expect(sorted(stored)).toEqual(sorted(copy));
  });

  it('empties the copy on a reset: what the new snapshot brings is all there is', async () => {
    const db = await freshDb();
    const pulled = await pullInto(db, [snapshot()]);
    await pullInto(db, [snapshot({ products: [cola], nextCursor: 'again' })], pulled);
    expect([...(await storedCopy(db)).products.keys()]).toEqual([IDS.cola]);
  });

  it('keeps rows and cursor together: a page that fails to save leaves neither', async () => {
    const db = await freshDb();
    const { copy, chunks } = await pullInto(db, [snapshot()]);
    // A function cannot be stored: the record holding this product is refused as it is written.
    const broken = { ...cola, price: 2, sku: (() => 'x') as unknown as string };
    const page = delta([{ ...apple, price: 1 }, broken], 'cursor-2');
    applyPage(copy, page, 1);
    await expect(savePage(db, page, copy, chunks)).rejects.toThrow();
    const stored = await storedCopy(db);
    expect(stored.cursor).toBe('cursor-1');
    expect(stored.products.get(apple.id)?.price).toBe(apple.price);
    expect(stored.products.get(cola.id)?.price).toBe(cola.price);
  });

  it('keeps a thousand products to a record, and reads back where each one is', async () => {
    const db = await freshDb();
    const many = Array.from({ length: 2500 }, (_, i) => ({
      ...cola,
      id: `00000000-0000-7000-8002-${String(i).padStart(12, '0')}`,
      sku: `GEN-${i}`,
    }));
    const pages = [0, 1, 2].map((n) =>
      snapshot({
        reset: n === 0,
        products: many.slice(n * 1000, n * 1000 + 1000),
        nextCursor: `p${n}`,
        more: n < 2,
      }),
    );
    const { chunks } = await pullInto(db, pages);
    expect(await db.count('productChunks')).toBe(3);
    const stored = await readLocalCatalog(db);
    expect(stored.chunks.members).toEqual(chunks.members);
    expect(stored.chunks.last).toBe(2);
    expect(stored.copy.products.size).toBe(2500);
    // One price changed: only its record is written again, the others stay as they were.
    const [first] = many;
    if (!first) throw new Error('no product');
    await pullInto(db, [delta([{ ...first, price: 5 }], 'p3')], { copy: stored.copy, chunks: stored.chunks });
    expect((await db.get('productChunks', 0))?.find((p) => p.id === first.id)?.price).toBe(5);
  });
});
