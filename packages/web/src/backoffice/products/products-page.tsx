import type { Product, Store } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Link } from '../../shared/components/link';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { ImportLink } from '../import/import-link';
import type { LabelItem } from '../labels/label-items';
import { PrintLabelsButton } from '../labels/print-labels-button';
import { usePaged } from '../use-paged';

const SEARCH_DELAY_MS = 250;

/**
 * `/backoffice/products`: search by name or SKU on the server, page by page; products ticked (across
 * searches) are printed as labels.
 */
export function ProductsPage({ store }: { readonly store: Store }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlyMap<string, LabelItem>>(new Map());
  const toggle = (products: readonly Product[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const p of products) {
        if (on) next.set(p.id, { productId: p.id, sku: p.sku, name: p.name, copies: '1' });
        else next.delete(p.id);
      }
      return next;
    });

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const list = usePaged(query, (cursor) =>
    api.call('listProducts', {
      query: {
        ...(query ? { q: query } : {}),
        includeInactive: 'true',
        limit: 50,
        ...(cursor ? { cursor } : {}),
      },
    }),
  );

  return (
    <section className="bo-page" data-testid="products-page">
      <header className="bo-page__header">
        <h1>{t('backoffice.navItems.products')}</h1>
        <div className="products-actions">
          <ImportLink />
          <PrintLabelsButton store={store} items={() => [...selected.values()]} testId="products-labels" />
          <Link href="/backoffice/products/new" className="btn btn--primary" data-testid="product-new">
            {t('product.new')}
          </Link>
        </div>
      </header>
      <label className="bo-search">
        <span className="visually-hidden">{t('product.search')}</span>
        <input
          type="search"
          placeholder={t('product.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="products-search"
        />
      </label>
      {selected.size > 0 && (
        <p className="products-selected" data-testid="products-selected">
          {t('labels.selected', { count: selected.size })}{' '}
          <Button
            variant="ghost"
            onClick={() => setSelected(new Map())}
            data-testid="products-clear-selection"
          >
            {t('labels.clearSelection')}
          </Button>
        </p>
      )}
      {list.error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, list.error)}
        </p>
      )}
      <table className="bo-table" data-testid="products-table" data-loading={list.loading}>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                className="products-check"
                aria-label={t('labels.selectPage')}
                checked={list.items.length > 0 && list.items.every((p) => selected.has(p.id))}
                onChange={(e) => toggle(list.items, e.target.checked)}
                data-testid="products-select-page"
              />
              {t('product.sku')}
            </th>
            <th scope="col">{t('product.name')}</th>
            <th scope="col">{t('product.unit')}</th>
            <th scope="col" className="num">
              {t('product.price')}
            </th>
            <th scope="col">{t('product.status')}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((product) => (
            <tr key={product.id} data-testid="product-row" data-sku={product.sku}>
              <td>
                <input
                  type="checkbox"
                  className="products-check"
                  aria-label={t('labels.select', { name: product.name })}
                  checked={selected.has(product.id)}
                  onChange={(e) => toggle([product], e.target.checked)}
                  data-testid="product-row-select"
                />
                <Link href={`/backoffice/products/${product.id}`} data-testid="product-row-link">
                  {product.sku}
                </Link>
              </td>
              <td>{product.name}</td>
              <td>{t(`product.units.${product.unit}`)}</td>
              <td className="num">{format.money(product.price, store.currency)}</td>
              <td>{product.active ? t('product.active') : t('product.inactive')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!list.loading && list.items.length === 0 && <p className="muted">{t('product.none')}</p>}
      {list.hasMore && (
        <Button onClick={list.loadMore} disabled={list.loading} data-testid="products-load-more">
          {t('common.loadMore')}
        </Button>
      )}
    </section>
  );
}
