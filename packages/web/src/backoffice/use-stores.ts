import type { Store } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../shared/api';
import { browserStorage } from '../shared/storage';

const BACKOFFICE_STORE_KEY = 'kassa.backofficeStoreId';

export type StoresState = {
  readonly stores: readonly Store[] | null;
  /** The store the back office shows (sales, currency of prices); remembered per browser. */
  readonly store: Store | null;
  readonly select: (storeId: string) => void;
  readonly error: unknown;
};

/** The stores the user may see, and the one picked. */
export function useStores(): StoresState {
  const [stores, setStores] = useState<readonly Store[] | null>(null);
  const [storeId, setStoreId] = useState(() => browserStorage.getItem(BACKOFFICE_STORE_KEY));
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.call('listStores').then((page) => setStores(page.items), setError);
  }, []);

  const select = useCallback((id: string) => {
    browserStorage.setItem(BACKOFFICE_STORE_KEY, id);
    setStoreId(id);
  }, []);

  const store = stores?.find((s) => s.id === storeId) ?? stores?.[0] ?? null;
  return { stores, store, select, error };
}
