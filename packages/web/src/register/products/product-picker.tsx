import type { Product } from '@kassa/api';
import { memo, type RefObject, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogIndex } from '../catalog/catalog-index';
import { searchProducts } from '../catalog/search-products';
import { QuickKeyEditBar } from '../quick-keys/quick-key-edit-bar';
import { QuickKeyGrid } from '../quick-keys/quick-key-grid';
import { useQuickKeyEditor } from '../quick-keys/use-quick-key-editor';
import type { RegisterQuickKeys } from '../quick-keys/use-quick-keys';
import { ProductButton } from './product-button';

// A grid is for tapping, not browsing: beyond this the cashier searches.
const GRID_LIMIT = 120;

/** What the grid shows: the favourites, every product, or one category's. */
type Shelf = 'favourites' | 'all' | { readonly categoryId: string };

export type ProductPickerProps = {
  readonly index: CatalogIndex;
  readonly onPick: (product: Product) => void;
  readonly searchRef: RefObject<HTMLInputElement | null>;
  /** The register's favourites (常用商品), the first shelf. */
  readonly quickKeys: RegisterQuickKeys;
  /** Whether this staff member may change the favourites (`register.manage`). */
  readonly mayEditQuickKeys: boolean;
};

/**
 * Search by name or SKU (local, over the catalogue in memory), the favourites grid and a category
 * grid of products. While the favourites are edited, a tapped product joins them instead of the sale.
 */
export const ProductPicker = memo(function ProductPicker({
  index,
  onPick,
  searchRef,
  quickKeys,
  mayEditQuickKeys,
}: ProductPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Shelf | null>(null);
  const deferredQuery = useDeferredValue(query);
  const editor = useQuickKeyEditor(quickKeys);
  const hasFavourites = quickKeys.keys.length > 0;
  // Until the cashier picks a shelf, a register with favourites opens on them.
  const shelf = chosen ?? (hasFavourites ? 'favourites' : 'all');
  const choose = editor.draft ? editor.append : onPick;

  const products = useMemo(() => {
    if (deferredQuery.trim()) return searchProducts(index, deferredQuery, GRID_LIMIT);
    if (shelf === 'favourites') return [];
    const list = shelf === 'all' ? index.products : (index.byCategory.get(shelf.categoryId) ?? []);
    return list.slice(0, GRID_LIMIT);
  }, [index, deferredQuery, shelf]);

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
              choose(first);
              setQuery('');
            }
          }}
          data-testid="product-search"
        />
      </div>
      {editor.draft && <QuickKeyEditBar editor={editor} />}
      {!query.trim() && (
        <nav className="categories" aria-label={t('register.categories')}>
          {(hasFavourites || mayEditQuickKeys) && (
            <button
              type="button"
              className="category-button"
              aria-pressed={shelf === 'favourites'}
              data-testid="favourites-tab"
              onClick={() => setChosen('favourites')}
            >
              {t('register.quickKeys.tab')}
            </button>
          )}
          <button
            type="button"
            className="category-button"
            aria-pressed={shelf === 'all'}
            data-testid="category-button"
            data-category=""
            onClick={() => setChosen('all')}
          >
            {t('register.allProducts')}
          </button>
          {index.categories.map((category) => (
            <button
              key={category.id}
              type="button"
              className="category-button"
              aria-pressed={typeof shelf === 'object' && shelf.categoryId === category.id}
              style={category.color ? { borderColor: category.color } : undefined}
              data-testid="category-button"
              data-category={category.name}
              onClick={() => setChosen({ categoryId: category.id })}
            >
              {category.name}
            </button>
          ))}
        </nav>
      )}
      {shelf === 'favourites' && !query.trim() ? (
        <QuickKeyGrid
          keys={editor.draft ?? quickKeys.keys}
          currency={index.store.currency}
          onPick={onPick}
          onEdit={mayEditQuickKeys && !editor.draft ? editor.start : undefined}
          editor={editor.draft ? editor : undefined}
        />
      ) : (
        <div className="product-grid" data-testid="product-grid">
          {products.map((product) => (
            <ProductButton
              key={product.id}
              product={product}
              currency={index.store.currency}
              onPick={(p) => {
                choose(p);
                if (query) setQuery('');
              }}
            />
          ))}
          {products.length === 0 && <p className="muted">{t('register.noProducts')}</p>}
        </div>
      )}
    </section>
  );
});
