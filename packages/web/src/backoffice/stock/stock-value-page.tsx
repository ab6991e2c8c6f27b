import type { Me, StockValuation, Store } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Field } from '../../shared/components/field';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { StockTabs } from './stock-tabs';
import './stock.css';

/** The products shown, the most valuable first; the total and the locations count them all. */
const SHOWN = 100;

/**
 * `/backoffice/stock/value`, 库存金额: the store's stock at cost, in total and per location, now or
 * at the end of a past business day, with the most valuable products first.
 */
export function StockValuePage({ store, me }: { readonly store: Store; readonly me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [asOf, setAsOf] = useState('');
  const [valuation, setValuation] = useState<StockValuation | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    setValuation(null);
    api
      .call('stockValuation', { params: { storeId: store.id }, query: asOf ? { asOf } : {} })
      .then((answer) => {
        if (!current) return;
        setValuation(answer);
        setError(null);
      })
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [store.id, asOf]);

  const money = (amount: number) => format.money(amount, valuation?.currency ?? store.currency);
  const names = new Map(valuation?.locations.map((l) => [l.locationId, l.name]));
  const items = [...(valuation?.items ?? [])].sort((a, b) => b.value - a.value).slice(0, SHOWN);
  return (
    <section className="bo-page" data-testid="stock-value-page">
      <header className="bo-page__header">
        <h1>{t('stock.value.title')}</h1>
      </header>
      <StockTabs current="value" me={me} />
      <Field label={t('stock.value.asOf')} hint={t('stock.value.asOfHint')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={asOf}
            onChange={(e) => setAsOf(e.target.value)}
            data-testid="stock-value-as-of"
          />
        )}
      </Field>
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {!valuation && error === null && <Loading />}
      {valuation && (
        <>
          <div className="value-cards">
            <div className="value-card value-card--total">
              <span>{t('stock.value.total')}</span>
              <strong data-testid="stock-value-total">{money(valuation.total)}</strong>
            </div>
            {valuation.locations.map((location) => (
              <div key={location.locationId} className="value-card" data-testid="stock-value-location">
                <span>{location.name}</span>
                <strong>{money(location.value)}</strong>
                <span className="muted">{t('stock.value.products', { n: location.products })}</span>
              </div>
            ))}
            {valuation.inTransit !== 0 && (
              <div className="value-card" data-testid="stock-value-in-transit">
                <span>{t('stock.value.inTransit')}</span>
                <strong>{money(valuation.inTransit)}</strong>
                <span className="muted">{t('stock.value.inTransitHint')}</span>
              </div>
            )}
          </div>
          {valuation.items.length > SHOWN && (
            <p className="muted">{t('stock.value.firstRows', { n: SHOWN, total: valuation.items.length })}</p>
          )}
          <div className="value-table">
            <table className="bo-table" data-testid="stock-value-table">
              <thead>
                <tr>
                  <th scope="col">{t('product.sku')}</th>
                  <th scope="col">{t('product.name')}</th>
                  <th scope="col">{t('stock.value.location')}</th>
                  <th scope="col" className="num">
                    {t('stock.value.onHand')}
                  </th>
                  <th scope="col" className="num">
                    {t('stock.value.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.locationId}|${item.productId}`} data-testid="stock-value-row">
                    <td>{item.sku}</td>
                    <td>
                      {item.name}
                      {item.uncosted !== 0 && <span className="muted"> · {t('stock.value.uncosted')}</span>}
                    </td>
                    <td>{names.get(item.locationId)}</td>
                    <td className="num">{format.quantity(item.onHand, item.unit)}</td>
                    <td className="num">{money(item.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
