import type { Category } from '@kassa/api';
import { useEffect, useState } from 'react';
import { api } from '../shared/api';

/** The product categories, for pickers and to name a category by its id; empty until loaded. */
export function useCategories(): { readonly categories: readonly Category[]; readonly error: unknown } {
  const [categories, setCategories] = useState<readonly Category[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('listCategories').then((page) => setCategories(page.items), setError);
  }, []);
  return { categories, error };
}
