import { useEffect, useState } from 'react';

export type ReportState<T> = { readonly data: T | null; readonly error: unknown; readonly loading: boolean };

/** Loads a report whenever its `key` (the query) changes; an answer to an older query is dropped. */
export function useReport<T>(key: string, load: () => Promise<T>): ReportState<T> {
  const [state, setState] = useState<ReportState<T>>({ data: null, error: null, loading: true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for everything `load` reads.
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState({ data: null, error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}

/** The API's store filter: one store, or none for every store the user may see. */
export function storeFilter(store: string): { storeId?: string } {
  return store === 'all' ? {} : { storeId: store };
}
