import type { Product } from '@kassa/api';
import { memo, type RefObject, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogIndex } from '../catalog/catalog-index';
import { searchProducts } from '../catalog/search-products';
import { ProductButton } from './product-button';

// A grid is for tapping, not browsing: beyond this the cashier searches.
const GRID_LIMIT = 120;

export type ProductPickerProps = {
  readonly index: CatalogIndex;
  readonly onPick: (product: Product) => void;
  readonly searchRef: RefObject<HTMLInputElement | null>;
};

/** Search by name or SKU (local, over the catalogue in memory) and a category grid of products. */
export const ProductPicker = memo(function ProductPicker({ index, onPick, searchRef }: ProductPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const deferredQuery = useDeferredValue(query);

  const products = useMemo(() => {
    if (deferredQuery.trim()) return searchProducts(index, deferredQuery, GRID_LIMIT);
    const list = categoryId ? (index.byCategory.get(categoryId) ?? []) : index.products;
    return list.slice(0, GRID_LIMIT);
  }, [index, deferredQuery, categoryId]);

  return (
    <section className="picker" aria-label={t('register.products')}>
      <div className="picker__search">
        <label htmlFor="product-search" className="visually-hidden">
          {t('register.search.label')}
        </label>
        <input
          id="product-search"
          ref={searchRef}
          type="search"
          autoComplete="off"
          placeholder={t('register.search.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQuery('');
            // The grid may still show the previous query (deferred): Enter searches what is typed now.
            const first = e.key === 'Enter' && query.trim() ? searchProducts(index, query, 1)[0] : undefined;
            if (first) {
              e.preventDefault();
              onPick(first);
              setQuery('');
            }
          }}
          data-testid="product-search"
        />
      </div>
      {!query.trim() && (
        <nav className="categories" aria-label={t('register.categories')}>
          <button
            type="button"
            className="category-button"
            aria-pressed={categoryId === null}
            data-testid="category-button"
            data-category=""
            onClick={() => setCategoryId(null)}
          >
            {t('register.allProducts')}
          </button>
          {index.categories.map((category) => (
            <button
              key={category.id}
              type="button"
              className="category-button"
              aria-pressed={categoryId === category.id}
              style={category.color ? { borderColor: category.color } : undefined}
              data-testid="category-button"
              data-category={category.name}
              onClick={() => setCategoryId(category.id)}
            >
              {category.name}
            </button>
          ))}
        </nav>
      )}
      <div className="product-grid" data-testid="product-grid">
        {products.map((product) => (
          <ProductButton
            key={product.id}
            product={product}
            currency={index.store.currency}
            onPick={(p) => {
              onPick(p);
              if (query) setQuery('');
            }}
          />
        ))}
        {products.length === 0 && <p className="muted">{t('register.noProducts')}</p>}
      </div>
    </section>
  );
});
