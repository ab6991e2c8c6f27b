import type { Product, Store } from '@kassa/api';
import { Quantity } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { CameraScanner } from '../../shared/camera/camera-scanner';
import { Button } from '../../shared/components/button';
import { errorMessage } from '../../shared/errors/error-message';

export type GoodsSearchProps = {
  readonly store: Store;
  /** A product picked, with the quantity a scale label carried (one unit otherwise), in thousandths. */
  readonly onPick: (product: Product, quantity: number) => void;
  /** Why nothing was picked, in words; null when a search starts. */
  readonly onError: (message: string | null) => void;
  /** Goods whose stock is not tracked may be picked too (labels); only tracked goods otherwise. */
  readonly anyGoods?: boolean;
};

/**
 * The goods of a stock document are added here: a scanned code (a barcode or a scale label) is
 * looked up; words are searched by name or SKU, one match added at once, several listed to pick.
 * Only stock-tracked goods can be picked, unless `anyGoods`. The phone's camera is another way to
 * scan: a code it reads takes exactly the path of a typed one.
 */
export function GoodsSearch({ store, onPick, onError, anyGoods = false }: GoodsSearchProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<readonly Product[]>([]);
  const [camera, setCamera] = useState(false);

  const pick = (product: Product, quantity: number = Quantity.ONE) => {
    setFound([]);
    setSearch('');
    if (!product.trackStock && !anyGoods) onError(t('errors.stock_untracked'));
    else onPick(product, quantity);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    void find(search.trim());
  }

  async function find(text: string) {
    if (!text) return;
    onError(null);
    try {
      if (/^\d{6,32}$/.test(text)) {
        const scanned = await api.call('lookupProduct', { query: { code: text, storeId: store.id } });
        pick(scanned.product, scanned.quantity ?? Quantity.ONE);
        return;
      }
      const page = await api.call('listProducts', { query: { q: text, limit: 8 } });
      const [only] = page.items;
      if (page.items.length === 1 && only) pick(only);
      else if (page.items.length === 0) onError(t('stock.adjust.noMatch', { text }));
      else setFound(page.items);
    } catch (failure) {
      onError(errorMessage(t, failure));
    }
  }

  return (
    <>
      <form onSubmit={submit} className="goods-search">
        <label className="bo-search">
          <span className="visually-hidden">{t('stock.adjust.search')}</span>
          <input
            type="search"
            placeholder={t('stock.adjust.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="goods-search"
          />
        </label>
        <Button submit data-testid="goods-search-submit">
          {t('stock.adjust.add')}
        </Button>
        <Button onClick={() => setCamera((open) => !open)} aria-pressed={camera} data-testid="goods-camera">
          {t('camera.open')}
        </Button>
      </form>
      {camera && <CameraScanner onCode={(code) => void find(code)} onClose={() => setCamera(false)} />}
      {found.length > 0 && (
        <ul className="goods-found" data-testid="goods-found">
          {found.map((product) => (
            <li key={product.id}>
              <button
                type="button"
                className="chip"
                onClick={() => pick(product)}
                data-testid="goods-found-item"
              >
                {product.name} · {product.sku}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
