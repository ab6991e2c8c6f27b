import type { Supplier } from '@kassa/api';
import { useEffect, useState } from 'react';
import { api } from '../../shared/api';

/** The suppliers found, or why they could not be read. */
export type Suppliers = {
  /** Sorted by name; null until the first answer. */
  readonly suppliers: readonly Supplier[] | null;
  readonly error: unknown;
};

/**
 * The merchant's suppliers whose name, contact or phone contains `q` ('' = all), the stopped ones
 * too when asked; an answer to an older query is dropped (typing fast in a search box).
 */
export function useSuppliers(q: string, includeInactive: boolean): Suppliers {
  const [suppliers, setSuppliers] = useState<readonly Supplier[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    api
      .call('listSuppliers', {
        query: { ...(q ? { q } : {}), ...(includeInactive ? { includeInactive: 'true' } : {}) },
      })
      .then(
        (list) => {
          if (!current) return;
          setSuppliers(list.items);
          setError(null);
        },
        (failure: unknown) => current && setError(failure),
      );
    return () => {
      current = false;
    };
  }, [q, includeInactive]);

  return { suppliers, error };
}
