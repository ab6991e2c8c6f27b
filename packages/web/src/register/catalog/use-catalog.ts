import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../../shared/api';
import { openCatalogDb } from './catalog-db';
import { type CatalogLoader, type CatalogState, createCatalogLoader, type TabLock } from './catalog-loader';
import { requestStoragePersistence } from './storage-persistence';
import { usePeriodicPull } from './use-periodic-pull';

export type { CatalogState } from './catalog-loader';

// Kept for the life of the page: cashiers signing in and out do not load the catalogue again.
const loaders = new Map<string, CatalogLoader>();

const tabLock: TabLock = (name, work) => {
  const locks = globalThis.navigator?.locks;
  // The lock's callback answer is awaited by `request`: it resolves with `work`'s own value.
  return locks ? (locks.request(name, work) as Promise<Awaited<ReturnType<typeof work>>>) : work();
};

function loaderFor(storeId: string): CatalogLoader {
  let loader = loaders.get(storeId);
  if (!loader) {
    loader = createCatalogLoader({
      storeId,
      openDb: openCatalogDb,
      fetchChanges: (query) => api.call('syncChanges', { query }),
      now: Date.now,
      lock: tabLock,
    });
    loaders.set(storeId, loader);
  }
  return loader;
}

/**
 * The store's catalogue on this register: from IndexedDB at once when it was loaded before (with
 * no network too), else pulled in full behind the loading screen; then kept up to date by pulling
 * the changes every minute while the page is visible and online, and when the network comes back;
 * the index is rebuilt only when something changed. `reload` pulls the changes now, behind the
 * loading screen (asked by the cashier, or after a price the server refused a sale for).
 */
export function useCatalog(storeId: string): CatalogState & { readonly reload: () => void } {
  const loader = loaderFor(storeId);
  const state = useSyncExternalStore(loader.subscribe, loader.state);
  useEffect(() => {
    void requestStoragePersistence();
    void loader.pull();
  }, [loader]);
  const pull = useCallback(() => void loader.pull(), [loader]);
  usePeriodicPull(pull);
  // A reload goes through React state, not straight to the loader: the loading screen then comes
  // in the effects of the next commit, after those of the screen asking (a pay dialog refused for
  // a price saves its tenders first), rather than unmounting it in the middle of its handler.
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    if (reloads > 0) void loader.reload();
  }, [loader, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, reload };
}
