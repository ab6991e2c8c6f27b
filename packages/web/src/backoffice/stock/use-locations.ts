import type { StockLocation, Store } from '@kassa/api';
import { useEffect, useState } from 'react';
import { api } from '../../shared/api';

/** A stock location with the store it belongs to. */
export type PlacedLocation = { readonly store: Store; readonly location: StockLocation };

export type LocationsState = {
  /** Every location of the stores, by id; null while loading. */
  readonly locations: ReadonlyMap<string, PlacedLocation> | null;
  readonly error: unknown;
};

/**
 * The stock locations of several stores (those the user sees), open and closed, to name the ends of
 * a transfer and to choose them. A store whose locations cannot be read is left out.
 */
export function useLocations(stores: readonly Store[]): LocationsState {
  const [locations, setLocations] = useState<ReadonlyMap<string, PlacedLocation> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = stores.map((s) => s.id).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the stores, whose array changes identity on every render of the back office.
  useEffect(() => {
    let current = true;
    Promise.allSettled(
      stores.map((store) => api.call('listStockLocations', { params: { storeId: store.id } })),
    ).then((answers) => {
      if (!current) return;
      const found = new Map<string, PlacedLocation>();
      answers.forEach((answer, i) => {
        const store = stores[i];
        if (answer.status !== 'fulfilled' || !store) return;
        for (const location of answer.value.items) found.set(location.id, { store, location });
      });
      const failed = answers.find((answer) => answer.status === 'rejected');
      setLocations(found);
      setError(found.size === 0 && failed ? failed.reason : null);
    });
    return () => {
      current = false;
    };
  }, [key]);
  return { locations, error };
}
