import 'fake-indexeddb/auto';
import type { Product } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { CATALOG, CODES, IDS } from '../testing/catalog-fixture';
import { openCatalogDb, readLocalCatalog } from './catalog-db';
import { type CatalogLoaderDeps, type CatalogState, createCatalogLoader } from './catalog-loader';
import { createFakeSyncServer } from './fake-sync-server';
import { PULL_PAGE_SIZE } from './sync-catalog';

let stores = 0;
const newStoreId = () => `00000000-0000-7000-8000-0000000a${String(++stores).padStart(4, '0')}`;
const cola = CATALOG.products.find((p) => p.id === IDS.cola) as Product;

/** A register page: a loader on the store's IndexedDB and the fake server. */
function openPage(
  storeId: string,
  server: ReturnType<typeof createFakeSyncServer>,
  deps: Partial<CatalogLoaderDeps> = {},
) {
  return createCatalogLoader({
    storeId,
    openDb: openCatalogDb,
    fetchChanges: server.fetchChanges,
    now: () => 1_700_000_000_000,
    ...deps,
  });
}

const ready = (state: CatalogState) => {
  if (state.status !== 'ready') throw new Error(`the catalogue is ${state.status}`);
  return state.index;
};

/** `count` generated products, for catalogues of several pages. */
function manyProducts(count: number): Product[] {
  return Array.from({ length: count }, (_, i) => ({
    ...cola,
    id: `00000000-0000-7000-8001-${String(i).padStart(12, '0')}`,
    sku: `GEN-${i}`,
    name: `商品 ${i}`,
    barcodes: [],
  }));
}

describe('the register’s catalogue loader', () => {
  it('loads the whole catalogue on first run, behind the loading screen, and stores it', async () => {
    const storeId = newStoreId();
    const server = createFakeSyncServer();
    const loader = openPage(storeId, server);
    expect(loader.state().status).toBe('loading');
    await loader.pull();
    const index = ready(loader.state());
    // Catalogue order, by name: 'Toast bread', 可口可乐, 红富士苹果, 鲜奶蛋糕 (the inactive water left out).
    expect(index.products.map((p) => p.sku)).toEqual(['BREAD', 'COLA-330', 'APPLE', 'CAKE']);
    expect(index.byBarcode.get(CODES.cola)?.id).toBe(IDS.cola);
    const stored = (await readLocalCatalog(await openCatalogDb(storeId))).copy;
    expect(stored).toMatchObject({ complete: true, cursor: 'd.0' });
    expect(stored.products.size).toBe(4);
  });

  it('starts from IndexedDB with no network at all', async () => {
    const storeId = newStoreId();
    const server = createFakeSyncServer();
    await openPage(storeId, server).pull();
    server.setOffline(true);
    const reloaded = openPage(storeId, server);
    const states: CatalogState['status'][] = [];
    reloaded.subscribe(() => states.push(reloaded.state().status));
    await reloaded.pull();
    expect(states).toEqual(['ready']);
    expect(ready(reloaded.state()).byId.has(IDS.cola)).toBe(true);
  });

  it('brings a price change in and drops a product taken off sale, from the stored cursor', async () => {
    const storeId = newStoreId();
    const server = createFakeSyncServer();
    await openPage(storeId, server).pull();
    server.put({ ...cola, price: 390 });
    server.put({ ...cola, id: IDS.bread, sku: 'BREAD', active: false });
    const loader = openPage(storeId, server);
    await loader.pull();
    expect(server.requests.at(-1)?.since).toBe('d.0');
    const index = ready(loader.state());
    expect(index.byId.get(IDS.cola)?.price).toBe(390);
    expect(index.byBarcode.get(CODES.cola)?.price).toBe(390);
    expect(index.byId.has(IDS.bread)).toBe(false);
    expect(index.byBarcode.has(CODES.bread)).toBe(false);
    expect(index.products.some((p) => p.id === IDS.bread)).toBe(false);
    const stored = (await readLocalCatalog(await openCatalogDb(storeId))).copy;
    expect(stored.cursor).toBe('d.2');
    expect(stored.products.has(IDS.bread)).toBe(false);
  });

  it('rebuilds the index only when something changed', async () => {
    const server = createFakeSyncServer();
    const loader = openPage(newStoreId(), server);
    await loader.pull();
    const first = ready(loader.state());
    await loader.pull();
    expect(ready(loader.state())).toBe(first);
    server.renameStore('新店名');
    await loader.pull();
    expect(ready(loader.state()).store.name).toBe('新店名');
  });

  it('pulls once more when asked during a pull, so a change made meanwhile is not missed', async () => {
    const server = createFakeSyncServer();
    const loader = openPage(newStoreId(), server);
    await loader.pull();
    const running = loader.pull();
    server.put({ ...cola, price: 420 });
    await Promise.all([running, loader.pull()]);
    expect(ready(loader.state()).byId.get(IDS.cola)?.price).toBe(420);
  });

  it('reloads behind the loading screen, and falls back to the catalogue it had without a network', async () => {
    const server = createFakeSyncServer();
    const loader = openPage(newStoreId(), server);
    await loader.pull();
    const before = ready(loader.state());
    const states: string[] = [];
    loader.subscribe(() => states.push(loader.state().status));
    server.put({ ...cola, price: 410 });
    await loader.reload();
    expect(states).toEqual(['loading', 'ready']);
    expect(ready(loader.state()).byId.get(IDS.cola)?.price).toBe(410);

    server.setOffline(true);
    const after = ready(loader.state());
    await loader.reload();
    expect(ready(loader.state())).toBe(after);
    expect(after).not.toBe(before);
  });

  it('keeps the loading screen of a reload asked during a pull until the pull after it is done', async () => {
    const server = createFakeSyncServer();
    const loader = openPage(newStoreId(), server);
    await loader.pull();
    const states: string[] = [];
    loader.subscribe(() => states.push(loader.state().status));
    const background = loader.pull();
    server.put({ ...cola, price: 430 });
    const reload = loader.reload();
    await background;
    expect(loader.state().status).toBe('loading');
    await reload;
    expect(states).toEqual(['loading', 'ready']);
    expect(ready(loader.state()).byId.get(IDS.cola)?.price).toBe(430);
  });

  it('resumes an interrupted first pull from its saved page, never showing half a catalogue', async () => {
    const storeId = newStoreId();
    const server = createFakeSyncServer(manyProducts(PULL_PAGE_SIZE * 2 + 10));
    let calls = 0;
    const flaky = openPage(storeId, server, {
      fetchChanges: (query) =>
        ++calls === 2 ? Promise.reject(new Error('cut')) : server.fetchChanges(query),
    });
    await flaky.pull();
    expect(flaky.state().status).toBe('error');

    const next = openPage(storeId, server);
    const states: string[] = [];
    next.subscribe(() => states.push(next.state().status));
    await next.pull();
    expect(states).toEqual(['ready']);
    expect(ready(next.state()).products).toHaveLength(PULL_PAGE_SIZE * 2 + 10);
    // The second page picked up where the first saved one ended.
    expect(server.requests.at(-2)?.since).toBe(`s.0.${PULL_PAGE_SIZE}`);
  });

  it('shows an error with no stored catalogue and no network, and recovers on retry', async () => {
    const server = createFakeSyncServer();
    server.setOffline(true);
    const loader = openPage(newStoreId(), server);
    await loader.pull();
    expect(loader.state()).toMatchObject({ status: 'error', error: { code: 'network_error' } });
    server.setOffline(false);
    await loader.pull();
    expect(ready(loader.state()).products).toHaveLength(4);
  });

  it('starts over with a snapshot when the server no longer knows the cursor', async () => {
    const storeId = newStoreId();
    const server = createFakeSyncServer();
    server.put({ ...cola, price: 360 });
    await openPage(storeId, server).pull();
    server.forget();
    const loader = openPage(storeId, server);
    await loader.pull();
    expect(server.requests.slice(-2).map((r) => r.since)).toEqual(['d.1', null]);
    expect(ready(loader.state()).byId.get(IDS.cola)?.price).toBe(360);
    expect((await readLocalCatalog(await openCatalogDb(storeId))).copy.cursor).toBe('d.0');
  });

  it('takes up what another tab of the register stored, then pulls on top of it', async () => {
    const storeId = newStoreId();
    const server = createFakeSyncServer();
    const first = openPage(storeId, server);
    const second = openPage(storeId, server);
    await first.pull();
    await second.pull();
    server.put({ ...cola, price: 440 });
    await first.pull();
    server.setOffline(true);
    await second.pull();
    expect(ready(second.state()).byId.get(IDS.cola)?.price).toBe(440);
    server.setOffline(false);
    server.put({ ...cola, id: IDS.bread, sku: 'BREAD', active: false });
    await second.pull();
    expect(server.requests.at(-1)?.since).toBe('d.1');
    const stored = (await readLocalCatalog(await openCatalogDb(storeId))).copy;
    expect(stored.products.get(IDS.cola)?.price).toBe(440);
    expect(stored.products.has(IDS.bread)).toBe(false);
  });

  it('keeps selling from memory where there is no IndexedDB', async () => {
    const server = createFakeSyncServer();
    const loader = openPage(newStoreId(), server, {
      openDb: () => Promise.reject(new Error('no IndexedDB here')),
    });
    await loader.pull();
    expect(ready(loader.state()).products).toHaveLength(4);
  });
});
