import type { Category, TaxClass } from '@kassa/api';
import { useEffect, useState } from 'react';
import { api } from '../../shared/api';
import { useCategories } from '../use-categories';

/** Categories and tax classes for the product form's pickers. */
export function useProductOptions(): {
  readonly categories: readonly Category[];
  readonly taxClasses: readonly TaxClass[] | null;
  readonly error: unknown;
} {
  const { categories, error: categoriesError } = useCategories();
  const [taxClasses, setTaxClasses] = useState<readonly TaxClass[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('listTaxClasses').then((page) => setTaxClasses(page.items), setError);
  }, []);
  return { categories, taxClasses, error: error ?? categoriesError };
}
