import type { Catalog, Category, Product, Store, SyncChanges, TaxClass } from '@kassa/api';
import { uuidV7 } from '@kassa/core';
import { createCategoryRepository, inTransaction } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { updateProduct } from '../catalog/change-product';
import { transact } from '../kassa-context';
import { recordCatalogChange } from '../sync/pull/catalog-change';
import { encodeSyncCursor } from '../sync/pull/sync-cursor';
import { addStore } from '../testing/add-store';
import { createFixture, type Fixture, T0 } from '../testing/test-fixture';

type ErrorAnswer = { error: { code: string } };

/** A register's copy of the catalogue, kept the way the web app keeps it. */
type Copy = {
  cursor: string | null;
  store: Store | null;
  categories: Category[];
  taxClasses: TaxClass[];
  products: Map<string, Product>;
};

const emptyCopy = (): Copy => ({
  cursor: null,
  store: null,
  categories: [],
  taxClasses: [],
  products: new Map(),
});

/** Applies one page as the register does: a reset starts over, an inactive product leaves. */
function apply(copy: Copy, page: SyncChanges): void {
  if (page.reset) Object.assign(copy, { ...emptyCopy(), cursor: copy.cursor });
  if (page.store) copy.store = page.store;
  if (page.categories) copy.categories = page.categories;
  if (page.taxClasses) copy.taxClasses = page.taxClasses;
  for (const product of page.products) {
    if (product.active) copy.products.set(product.id, product);
    else copy.products.delete(product.id);
  }
  copy.cursor = page.nextCursor;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describeEachDialect('the catalogue pull', (getDb, suite) => {
  let f: Fixture;
  let taxClassId: string;
  beforeAll(async () => {
    f = await createFixture(getDb());
    const catalog = await catalogNow();
    taxClassId = catalog.taxClasses.find((t) => t.ratePpm === 130_000)?.id ?? '';
    // Enough products for several pages of 2.
    for (let i = 0; i < 5; i++) await createProduct(`PULL-${i}`, 100 + i);
  });

  const pull = async (query: Record<string, string | number>, token = f.tokens.cashier) => {
    const search = new URLSearchParams({ storeId: f.store.id, ...query } as Record<string, string>);
    return f.request('GET', `/api/v1/sync/changes?${search}`, { token });
  };
  const page = async (query: Record<string, string | number>): Promise<SyncChanges> => {
    const response = await pull(query);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as SyncChanges;
  };
  /** Pulls pages into `copy` until the server has nothing more; returns the pages. */
  const pullAll = async (copy: Copy, limit = 2): Promise<SyncChanges[]> => {
    const pages: SyncChanges[] = [];
    for (let i = 0; i < 100; i++) {
      const next = await page({ limit, ...(copy.cursor === null ? {} : { since: copy.cursor }) });
      apply(copy, next);
      pages.push(next);
      if (!next.more) return pages;
    }
    throw new Error('the pull never ended');
  };
  const catalogNow = async (): Promise<Catalog> =>
    (await (
      await f.request('GET', `/api/v1/stores/${f.store.id}/catalog`, { token: f.tokens.cashier })
    ).json()) as Catalog;
  const createProduct = async (sku: string, price: number): Promise<Product> => {
    const response = await f.request('POST', '/api/v1/products', {
      token: f.tokens.owner,
      body: { sku, name: `商品 ${sku}`, price, taxClassId },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Product;
  };
  const patchProduct = (id: string, body: unknown) =>
    f.request('PATCH', `/api/v1/products/${id}`, { token: f.tokens.owner, body });
  /** The copy holds exactly what the catalogue route answers now. */
  const expectSameAsCatalog = async (copy: Copy) => {
    const catalog = await catalogNow();
    expect([...copy.products.values()].sort(byId)).toEqual([...catalog.products].sort(byId));
    expect(copy.store).toEqual(catalog.store);
    expect([...copy.categories].sort(byId)).toEqual([...catalog.categories].sort(byId));
    expect([...copy.taxClasses].sort(byId)).toEqual([...catalog.taxClasses].sort(byId));
  };

  it('starts with a full snapshot in pages, which is the catalogue route’s catalogue', async () => {
    const copy = emptyCopy();
    const pages = await pullAll(copy);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.map((p) => p.reset)).toEqual(pages.map((_, i) => i === 0));
    // Settings come once, with the first page; every page has at most `limit` products.
    expect(pages[0]?.store?.id).toBe(f.store.id);
    expect(pages.slice(1).every((p) => p.store === null && p.categories === null)).toBe(true);
    expect(pages.every((p) => p.products.length <= 2)).toBe(true);
    // The snapshot leaves inactive products out: the register starts from nothing.
    expect(copy.products.has(f.products.old)).toBe(false);
    await expectSameAsCatalog(copy);
    // Up to date: nothing more.
    const again = await page({ since: copy.cursor ?? '' });
    expect(again).toMatchObject({ reset: false, store: null, products: [], more: false });
  });

  it('answers 500 products a page by default and at most 1000', async () => {
    const first = await page({});
    expect(first.products.length).toBe((await catalogNow()).products.length);
    expect((await pull({ limit: 1001 })).status).toBe(400);
    expect((await pull({ limit: 0 })).status).toBe(400);
  });

  it('brings a price change, and only it, after the cursor', async () => {
    const copy = emptyCopy();
    await pullAll(copy, 1000);
    expect((await patchProduct(f.products.cola, { price: 360 })).status).toBe(200);
    const [delta, ...rest] = await pullAll(copy);
    expect(rest).toEqual([]);
    expect(delta?.products.map((p) => [p.id, p.price])).toEqual([[f.products.cola, 360]]);
    expect(delta).toMatchObject({ reset: false, store: null, categories: null, taxClasses: null });
    await expectSameAsCatalog(copy);
  });

  it('brings a deactivated product inactive, so the register drops it', async () => {
    const copy = emptyCopy();
    await pullAll(copy, 1000);
    const doomed = await createProduct('PULL-GONE', 500);
    await pullAll(copy);
    expect(copy.products.has(doomed.id)).toBe(true);
    expect(
      (await f.request('DELETE', `/api/v1/products/${doomed.id}`, { token: f.tokens.owner })).status,
    ).toBe(200);
    const [delta] = await pullAll(copy);
    expect(delta?.products).toMatchObject([{ id: doomed.id, active: false }]);
    expect(copy.products.has(doomed.id)).toBe(false);
    await expectSameAsCatalog(copy);
  });

  it('brings changed store settings and categories whole', async () => {
    const copy = emptyCopy();
    await pullAll(copy, 1000);
    const response = await f.request('PATCH', `/api/v1/stores/${f.store.id}`, {
      token: f.tokens.owner,
      body: { receiptFooter: '欢迎再来' },
    });
    expect(response.status).toBe(200);
    const category = { id: f.id(), name: '饮料', parentId: null, sortOrder: 1, color: null };
    await transact(f.ctx, async (tx) => {
      await createCategoryRepository(tx.db).create(category);
      await recordCatalogChange(tx, { kind: 'category', id: category.id });
    });
    const [delta] = await pullAll(copy);
    expect(delta?.store?.receiptFooter).toBe('欢迎再来');
    expect(delta?.categories).toContainEqual(category);
    expect(delta?.taxClasses).toBeNull();
    await expectSameAsCatalog(copy);
  });

  it('pages a long run of changes and misses none', async () => {
    const copy = emptyCopy();
    await pullAll(copy, 1000);
    const catalog = await catalogNow();
    for (const [i, product] of catalog.products.entries()) {
      expect((await patchProduct(product.id, { price: product.price + 1 + i })).status).toBe(200);
    }
    const pages = await pullAll(copy, 3);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(catalog.products.length / 3));
    await expectSameAsCatalog(copy);
  });

  it('misses nothing a writer commits between the pages of a snapshot', async () => {
    const copy = emptyCopy();
    apply(copy, await page({ limit: 2 }));
    const [sent, alsoSent] = [...copy.products.values()];
    if (!sent || !alsoSent) throw new Error('the first page had fewer than 2 products');
    // Rows the snapshot has passed already: only the deltas after it can bring these.
    expect((await patchProduct(sent.id, { price: sent.price + 50 })).status).toBe(200);
    expect(
      (await f.request('DELETE', `/api/v1/products/${alsoSent.id}`, { token: f.tokens.owner })).status,
    ).toBe(200);
    const added = await createProduct('PULL-DURING', 700);
    const rest = await pullAll(copy);
    expect(rest.at(-1)?.reset).toBe(false);
    expect(copy.products.get(sent.id)?.price).toBe(sent.price + 50);
    expect(copy.products.has(alsoSent.id)).toBe(false);
    expect(copy.products.get(added.id)?.price).toBe(700);
    await expectSameAsCatalog(copy);
  });

  // Only PostgreSQL has concurrent writers holding a seq uncommitted (SQLite has one writer).
  if (suite.dialect === 'postgres') {
    it('misses nothing a writer commits while the snapshot begins (its event seq taken, not yet committed)', async () => {
      const [target] = (await catalogNow()).products;
      if (!target) throw new Error('no product');
      let release = () => {};
      const mayCommit = new Promise<void>((resolve) => {
        release = resolve;
      });
      let appended = () => {};
      const hasAppended = new Promise<void>((resolve) => {
        appended = resolve;
      });
      const writer = inTransaction(f.ctx.db, async (trx) => {
        await updateProduct({ ...f.ctx, db: trx }, target.id, { price: target.price + 7 });
        appended();
        await mayCommit;
      });
      const copy = emptyCopy();
      try {
        await hasAppended;
        await pullAll(copy);
        // The snapshot cannot see the uncommitted price…
        expect(copy.products.get(target.id)?.price).toBe(target.price);
      } finally {
        release();
        await writer;
      }
      // …and its cursor is from before the writer's seq, so the next pull brings it.
      await pullAll(copy);
      expect(copy.products.get(target.id)?.price).toBe(target.price + 7);
      await expectSameAsCatalog(copy);
    });
  }

  it('refuses a cursor it did not make, or not for this store, or ahead of its log, with 400', async () => {
    const copy = emptyCopy();
    await pullAll(copy, 1000);
    const otherStore = uuidV7(T0, f.ctx.random(10));
    for (const since of [
      'garbage!',
      'eyJ2IjoxfQ',
      encodeSyncCursor({ kind: 'delta', storeId: otherStore, seq: 1 }),
      encodeSyncCursor({ kind: 'delta', storeId: f.store.id, seq: 1_000_000_000 }),
      'x'.repeat(257),
    ]) {
      const response = await pull({ since });
      const body = (await response.json()) as ErrorAnswer;
      expect([since, response.status]).toEqual([since, 400]);
      expect(['invalid_sync_cursor', 'validation_failed']).toContain(body.error.code);
      if (since.length <= 256) expect(body.error.code).toBe('invalid_sync_cursor');
    }
  });

  it('refuses a store the caller cannot see exactly as the catalogue route does', async () => {
    const other = await addStore(f, 'S09', '九号店');
    const hidden = await f.request('GET', `/api/v1/sync/changes?storeId=${other.id}`, {
      token: f.tokens.manager,
    });
    const catalog = await f.request('GET', `/api/v1/stores/${other.id}/catalog`, { token: f.tokens.manager });
    expect([hidden.status, ((await hidden.json()) as ErrorAnswer).error.code]).toEqual([
      catalog.status,
      ((await catalog.json()) as ErrorAnswer).error.code,
    ]);
    expect(catalog.status).toBe(404);
    // Visibility is checked before the cursor: a bad one does not tell the store exists.
    const withCursor = await f.request('GET', `/api/v1/sync/changes?storeId=${other.id}&since=bad`, {
      token: f.tokens.manager,
    });
    expect(withCursor.status).toBe(404);
    expect(
      (await f.request('GET', `/api/v1/sync/changes?storeId=${other.id}`, { token: f.tokens.owner })).status,
    ).toBe(200);
  });
});
