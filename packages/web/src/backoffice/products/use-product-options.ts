import type { Category, TaxClass } from '@kassa/api';
import { useEffect, useState } from 'react';
import { api } from '../../shared/api';

/** Categories and tax classes for the product form's pickers. */
export function useProductOptions(): {
  readonly categories: readonly Category[];
  readonly taxClasses: readonly TaxClass[] | null;
  readonly error: unknown;
} {
  const [categories, setCategories] = useState<readonly Category[]>([]);
  const [taxClasses, setTaxClasses] = useState<readonly TaxClass[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('listCategories').then((page) => setCategories(page.items), setError);
    api.call('listTaxClasses').then((page) => setTaxClasses(page.items), setError);
  }, []);
  return { categories, taxClasses, error };
}
