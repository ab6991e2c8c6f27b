import type { Me } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import { StockTabs } from '../stock/stock-tabs';
import { useSuppliers } from './use-suppliers';
import '../stock/stock.css';
import './purchasing.css';

const SEARCH_DELAY_MS = 250;

/**
 * `/backoffice/stock/suppliers`, 供应商: who the merchant buys from (shared by its stores), found by
 * name, contact or phone; stopped ones are shown on request. Those who keep purchasing add one here.
 */
export function SuppliersPage({ me }: { readonly me: Me }) {
  const { t } = useTranslation();
  const canManage = me.permissions.includes('purchase.manage');
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const { suppliers, error } = useSuppliers(query, includeInactive);

  return (
    <section className="bo-page" data-testid="suppliers-page">
      <header className="bo-page__header">
        <h1>{t('purchasing.suppliers.title')}</h1>
        {canManage && (
          <Link
            href="/backoffice/stock/suppliers/new"
            className="btn btn--primary"
            data-testid="supplier-new"
          >
            {t('purchasing.suppliers.add')}
          </Link>
        )}
      </header>
      <StockTabs current="suppliers" me={me} />
      <div className="po-filters">
        <label className="bo-search">
          <span className="visually-hidden">{t('purchasing.suppliers.search')}</span>
          <input
            type="search"
            placeholder={t('purchasing.suppliers.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="suppliers-search"
          />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeInactive}
            onChange={(e) => setIncludeInactive(e.target.checked)}
            data-testid="suppliers-include-inactive"
          />
          {t('purchasing.suppliers.includeInactive')}
        </label>
      </div>
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {suppliers === null && error === null && <Loading />}
      {suppliers?.length === 0 && <p className="muted">{t('purchasing.suppliers.none')}</p>}
      <ul className="location-list">
        {suppliers?.map((supplier) => (
          <li
            key={supplier.id}
            className={supplier.active ? 'location' : 'location location--closed'}
            data-testid="supplier-row"
          >
            <div className="po-card__main">
              <Link href={`/backoffice/stock/suppliers/${supplier.id}`} data-testid="supplier-row-link">
                <strong>{supplier.name}</strong>
              </Link>
              <span className="muted">
                {[
                  supplier.contact,
                  supplier.phone,
                  t('purchasing.suppliers.leadTimeShort', { count: supplier.leadTimeDays }),
                  ...(supplier.active ? [] : [t('purchasing.suppliers.inactive')]),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
