import { useCallback, useEffect, useRef, useState } from 'react';

export type Page<T> = { readonly items: readonly T[]; readonly nextCursor: string | null };

export type Paged<T> = {
  readonly items: readonly T[];
  readonly loading: boolean;
  readonly error: unknown;
  readonly hasMore: boolean;
  readonly loadMore: () => void;
};

/**
 * A cursor-paged list with "load more". `key` identifies the query: when it changes the list starts
 * over, and answers to an older query are dropped (typing fast in a search box).
 */
export function usePaged<T>(key: string, fetchPage: (cursor: string | null) => Promise<Page<T>>): Paged<T> {
  const [items, setItems] = useState<readonly T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  const load = useCallback((from: string | null, gen: number) => {
    setLoading(true);
    fetcher.current(from).then(
      (page) => {
        if (gen !== generation.current) return;
        setItems((list) => (from === null ? page.items : [...list, ...page.items]));
        setCursor(page.nextCursor);
        setHasMore(page.nextCursor !== null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (gen !== generation.current) return;
        setError(failure);
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    generation.current += 1;
    setError(null);
    // `key` is what the fetcher depends on: a new key is a new list.
    if (key !== undefined) load(null, generation.current);
  }, [key, load]);

  const loadMore = useCallback(() => {
    if (cursor && !loading) load(cursor, generation.current);
  }, [cursor, loading, load]);

  return { items, loading, error, hasMore, loadMore };
}
