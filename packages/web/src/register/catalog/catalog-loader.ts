import { type CatalogDb, readLocalCatalog, readSyncPoint } from './catalog-db';
import { type CatalogIndex, indexCatalog } from './catalog-index';
import { emptyLocalCatalog, type LocalCatalog, toCatalog } from './local-catalog';
import { emptyProductChunks } from './product-chunks';
import { type CatalogStorage, type FetchChanges, syncCatalog } from './sync-catalog';

export type CatalogState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly index: CatalogIndex }
  | { readonly status: 'error'; readonly error: unknown };

/** Runs `work` holding the lock `name` across the browser's tabs (the Web Locks API). */
export type TabLock = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** One store's catalogue on the register: the stored copy first, then the server's changes. */
export type CatalogLoader = {
  /** What to show; the same object until it changes (for `useSyncExternalStore`). */
  state(): CatalogState;
  subscribe(listener: () => void): () => void;
  /**
   * Pulls the changes now, in the background: the register keeps selling meanwhile. The first
   * call opens the stored copy and shows it at once when it is whole, with no network; the pull
   * runs after. A call during a pull runs one more after it, so a change made just before the
   * call is never missed.
   */
  pull(): Promise<void>;
  /**
   * Pulls the changes now behind the loading screen, as asked by the cashier or after a price the
   * server refused a sale for: once it is gone, the register sells at the prices the server had
   * when asked. Without a network, the loading screen gives way to the catalogue it had.
   */
  reload(): Promise<void>;
};

export type CatalogLoaderDeps = {
  readonly storeId: string;
  /** Rejects where there is no IndexedDB (some private modes): the copy is then kept in memory only. */
  readonly openDb: (storeId: string) => Promise<CatalogDb>;
  readonly fetchChanges: FetchChanges;
  /** Epoch ms now. */
  readonly now: () => number;
  /** One pull at a time across tabs, so two tabs never interleave their pages. */
  readonly lock?: TabLock;
};

/**
 * A loader for one store. It shows `loading` until a whole catalogue is known (stored, or pulled
 * the first time), then `ready` with the index, rebuilt when a pull changes something. A failed
 * pull shows `error` only while there is no catalogue: a register that has one keeps selling from it.
 */
export function createCatalogLoader(deps: CatalogLoaderDeps): CatalogLoader {
  let storage: CatalogStorage = { db: null, chunks: emptyProductChunks() };
  const listeners = new Set<() => void>();
  const lock: TabLock = deps.lock ?? ((_name, work) => work());
  let copy: LocalCatalog = emptyLocalCatalog();
  /** The index of the whole catalogue last known; null before there is one. */
  let index: CatalogIndex | null = null;
  let state: CatalogState = { status: 'loading' };
  let opened: Promise<void> | null = null;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  const set = (next: CatalogState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  /** Shows the index, unless a pull is queued behind this one: it will say when it is done. */
  const settle = (error: unknown) => {
    if (queued) return;
    if (!index) set({ status: 'error', error });
    else if (state.status !== 'ready' || state.index !== index) set({ status: 'ready', index });
  };
  /** Indexes the copy; false while it has no store settings yet. */
  const rebuild = (): boolean => {
    const catalog = toCatalog(copy);
    if (catalog) index = indexCatalog(catalog);
    return catalog !== null;
  };

  /**
   * Reads the stored copy again when another tab of the register saved pages since this one last
   * did (a second tab is read-only, but it pulls too): pages are then saved on top of what is
   * stored, never of an older picture of it. Returns whether it read it again.
   */
  const catchUp = async (): Promise<boolean> => {
    const { db } = storage;
    if (!db) return false;
    const point = await readSyncPoint(db);
    if (!point || (point.cursor === copy.cursor && point.syncedAt === copy.syncedAt)) return false;
    const stored = await readLocalCatalog(db);
    copy = stored.copy;
    storage = { db, chunks: stored.chunks };
    return true;
  };

  const open = () => {
    opened ??= (async () => {
      try {
        const db = await deps.openDb(deps.storeId);
        const stored = await readLocalCatalog(db);
        copy = stored.copy;
        storage = { db, chunks: stored.chunks };
      } catch {
        storage = { db: null, chunks: emptyProductChunks() };
      }
      // An unfinished first pull is not shown: it would sell from half a catalogue.
      if (copy.complete && rebuild() && index) set({ status: 'ready', index });
    })();
    return opened;
  };

  const run = async () => {
    if (state.status === 'error') set({ status: 'loading' });
    let changed = false;
    let failure: unknown = null;
    try {
      await open();
      await lock(`kassa-catalog-pull-${deps.storeId}`, async () => {
        const caughtUp = await catchUp();
        const pulled = await syncCatalog({
          storeId: deps.storeId,
          copy,
          storage,
          fetchChanges: deps.fetchChanges,
          now: deps.now,
        });
        changed = caughtUp || pulled.changed;
        failure = pulled.failure;
      });
    } catch (error) {
      failure = error;
    }
    // What was pulled (or taken up from another tab) before a failure is shown too, once whole:
    // half a snapshot never is (the index it had stays until the snapshot ends).
    if ((changed || !index) && copy.complete && !rebuild() && failure === null) {
      failure = new Error('the pull ended without store settings');
    }
    settle(failure);
  };

  const pull = (): Promise<void> => {
    if (!running) {
      running = run().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = null;
      return pull();
    });
    return queued;
  };

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pull,
    reload() {
      if (state.status === 'ready') set({ status: 'loading' });
      return pull();
    },
  };
}
