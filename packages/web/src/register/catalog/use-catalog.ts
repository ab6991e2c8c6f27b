import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api';
import { type CatalogIndex, indexCatalog } from './catalog-index';

// Kept for the life of the page: cashiers signing in and out do not reload the catalogue.
const cache = new Map<string, CatalogIndex>();

export type CatalogState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly index: CatalogIndex }
  | { readonly status: 'error'; readonly error: unknown };

/** The store's catalogue in memory, loaded once; `reload` fetches it again (after price changes). */
export function useCatalog(storeId: string): CatalogState & { readonly reload: () => void } {
  const [state, setState] = useState<CatalogState>(() => {
    const index = cache.get(storeId);
    return index ? { status: 'ready', index } : { status: 'loading' };
  });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    // `generation` is read so a reload re-runs this effect even for the same store.
    if (generation >= 0 && cache.has(storeId)) {
      const index = cache.get(storeId);
      if (index) setState({ status: 'ready', index });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    api.call('catalog', { params: { storeId } }).then(
      (catalog) => {
        const index = indexCatalog(catalog);
        cache.set(storeId, index);
        if (live) setState({ status: 'ready', index });
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [storeId, generation]);

  const reload = useCallback(() => {
    cache.delete(storeId);
    setGeneration((g) => g + 1);
  }, [storeId]);

  return { ...state, reload };
}
