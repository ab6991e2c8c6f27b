import { ApiError, type Product, type SyncChanges } from '@kassa/api';
import { CATALOG } from '../testing/catalog-fixture';
import type { FetchChanges } from './sync-catalog';

/**
 * A stand-in for the server's pull in tests: the fixture catalogue, a change log, and cursors
 * `s.<seq>.<offset>` (snapshot) and `d.<seq>` (delta) with the server's paging rules. `offline`
 * makes every request fail as with no network; `requests` records what was asked.
 */
export function createFakeSyncServer(products: readonly Product[] = CATALOG.products) {
  const rows = new Map(products.map((product) => [product.id, product]));
  const log: string[] = [];
  const requests: { since: string | null; limit: number }[] = [];
  let store = CATALOG.store;
  let storeChangedAt = 0;
  let offline = false;

  const snapshot = (seq: number, offset: number, limit: number): SyncChanges => {
    const active = [...rows.values()].filter((p) => p.active).sort((a, b) => (a.id < b.id ? -1 : 1));
    const page = active.slice(offset, offset + limit);
    const full = offset + limit < active.length;
    return {
      reset: offset === 0,
      store: offset === 0 ? store : null,
      categories: offset === 0 ? CATALOG.categories : null,
      taxClasses: offset === 0 ? CATALOG.taxClasses : null,
      products: page,
      nextCursor: full ? `s.${seq}.${offset + limit}` : `d.${seq}`,
      more: full || log.length > seq,
    };
  };

  const delta = (seq: number, limit: number): SyncChanges => {
    const events = log.slice(seq, seq + limit);
    const ids = [...new Set(events.filter((e) => e !== 'store'))];
    const next = seq + events.length;
    return {
      reset: false,
      store: storeChangedAt > seq && storeChangedAt <= next ? store : null,
      categories: null,
      taxClasses: null,
      products: ids.flatMap((id) => rows.get(id) ?? []),
      nextCursor: `d.${next}`,
      more: next < log.length,
    };
  };

  const fetchChanges: FetchChanges = async ({ since, limit }) => {
    requests.push({ since: since ?? null, limit });
    if (offline) throw new ApiError(0, 'network_error', 'offline');
    if (since === undefined) return snapshot(log.length, 0, limit);
    const [kind, seq, offset] = since.split('.');
    if (Number(seq) > log.length || (kind !== 's' && kind !== 'd'))
      throw new ApiError(400, 'invalid_sync_cursor', 'unknown cursor');
    return kind === 's' ? snapshot(Number(seq), Number(offset), limit) : delta(Number(seq), limit);
  };

  return {
    fetchChanges,
    requests,
    /** Writes a product as the back office does, logging its change. */
    put(product: Product) {
      rows.set(product.id, product);
      log.push(product.id);
    },
    renameStore(name: string) {
      store = { ...store, name };
      log.push('store');
      storeChangedAt = log.length;
    },
    /** Forgets the change log, as a server restored from an older backup does. */
    forget() {
      log.length = 0;
    },
    setOffline(value: boolean) {
      offline = value;
    },
  };
}
