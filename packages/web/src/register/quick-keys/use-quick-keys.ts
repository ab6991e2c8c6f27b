import type { Product, QuickKey } from '@kassa/api';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../shared/api';
import { browserStorage } from '../../shared/storage';
import type { CatalogIndex } from '../catalog/catalog-index';
import { loadQuickKeys, saveQuickKeys } from './quick-key-cache';

/** A favourite key with its product from the catalogue in memory. */
export type ShownQuickKey = { readonly key: QuickKey; readonly product: Product };

export type RegisterQuickKeys = {
  /** The keys the register can sell, in order (a product missing from the catalogue has none). */
  readonly keys: readonly ShownQuickKey[];
  /** Replaces the grid on the server, then here; rejects with the API's error and changes nothing. */
  readonly save: (keys: readonly QuickKey[]) => Promise<void>;
};

/**
 * The register's favourites grid (常用商品): the copy kept in the browser at once, then the server's
 * when it answers. Without the server the kept copy stays, so the grid works offline.
 */
export function useQuickKeys(registerId: string, index: CatalogIndex): RegisterQuickKeys {
  const [keys, setKeys] = useState(() => loadQuickKeys(browserStorage, registerId));

  useEffect(() => {
    let live = true;
    api.call('quickKeys', { params: { registerId } }).then(
      (grid) => {
        saveQuickKeys(browserStorage, registerId, grid.keys);
        if (live) setKeys(grid.keys);
      },
      // Offline, or the server refused: the grid kept here stays.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [registerId]);

  const save = useCallback(
    async (next: readonly QuickKey[]) => {
      const grid = await api.call('setQuickKeys', { params: { registerId }, body: { keys: [...next] } });
      saveQuickKeys(browserStorage, registerId, grid.keys);
      setKeys(grid.keys);
    },
    [registerId],
  );

  const shown = useMemo(() => showQuickKeys(keys, index), [keys, index]);
  // Stable while nothing changed, so the memoized product picker does not render on every scan.
  return useMemo(() => ({ keys: shown, save }), [shown, save]);
}

/** The keys whose product the register sells, each with it; the others are not shown. */
function showQuickKeys(keys: readonly QuickKey[], index: CatalogIndex): readonly ShownQuickKey[] {
  return keys.flatMap((key) => {
    const product = index.byId.get(key.productId);
    return product ? [{ key, product }] : [];
  });
}
