import type { Me, Product, StockCount, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { GoodsSearch } from '../stock/goods-search';
import { QuantityField } from '../stock/quantity-field';
import { readQuantity } from '../stock/quantity-text';
import { isUnsent } from './count-tally';
import { useMyTallies } from './use-my-tallies';

export type CountScanPanelProps = {
  readonly store: Store;
  readonly count: StockCount;
  readonly me: Me;
  readonly show: (count: StockCount) => void;
};

/**
 * 清点, on the counter's phone: each scan adds one to this counter's tally of the product (a scale
 * label its weight), typing a quantity sets it, and 提交 sends what is not sent yet. Goods outside the
 * count's category are refused at the scan.
 */
export function CountScanPanel({ store, count, me, show }: CountScanPanelProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const my = useMyTallies(count, me, show);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<{ name: string; added: string } | null>(null);

  const pick = (product: Product, quantity: number) => {
    if (count.categoryId !== null && product.categoryId !== count.categoryId) {
      setError(t('errors.stock_count_out_of_scope'));
      return;
    }
    setError(null);
    setLast({ name: product.name, added: format.quantity(quantity, product.unit) });
    my.scan(product, quantity);
  };
  const submit = () => {
    setBusy(true);
    setError(null);
    my.submit()
      .then((n) => toast(t('counts.scan.sent', { count: n }), 'success'))
      .catch((failure: unknown) => setError(errorMessage(t, failure)))
      .finally(() => setBusy(false));
  };

  return (
    <div className="count-panel" data-testid="count-scan-panel">
      <GoodsSearch store={store} onPick={pick} onError={setError} />
      <p className="muted count-panel__how">{t('counts.scan.howTo')}</p>
      <div className="count-submit">
        <p className="count-last" aria-live="polite" data-testid="count-last-scan">
          {last ? t('counts.scan.added', last) : ''}
        </p>
        <Button
          variant="primary"
          size="lg"
          disabled={my.unsent === 0 || busy}
          onClick={submit}
          data-testid="count-submit"
        >
          {my.unsent > 0 ? t('counts.scan.submitN', { count: my.unsent }) : t('counts.scan.submitted')}
        </Button>
      </div>
      {error !== null && (
        <p className="form-error" role="alert" data-testid="count-error">
          {error}
        </p>
      )}
      <h2 className="count-heading">{t('counts.scan.mine')}</h2>
      {my.tallies.length === 0 ? (
        <p className="muted">{t('counts.scan.empty')}</p>
      ) : (
        <ul className="adjust-lines" data-testid="count-my-tallies">
          {my.tallies.map((tally) => {
            const unsent = isUnsent(tally);
            return (
              <li
                key={tally.productId}
                className="adjust-line po-line"
                data-testid="count-my-tally"
                data-sku={tally.sku}
                data-unsent={unsent}
              >
                <span className="po-card__main">
                  <strong>{tally.name}</strong>
                  <span className="muted">{tally.sku}</span>
                  {unsent && (
                    <span className="po-extra" data-testid="count-my-tally-unsent">
                      {t('counts.scan.unsent')}
                    </span>
                  )}
                </span>
                <QuantityField
                  unit={tally.unit}
                  label={t(`counts.scan.quantity.${tally.unit}`)}
                  value={tally.text}
                  error={readQuantity(tally.text) === null ? t('counts.scan.invalid') : undefined}
                  onChange={(text) => my.setText(tally.productId, text)}
                  testId="count-my-tally-quantity"
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
