import type { Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Link } from '../../shared/components/link';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { usePaged } from '../use-paged';

/** `/backoffice/sales`: the store's sales, newest first, times in the store's time zone. */
export function SalesPage({ store }: { readonly store: Store }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = usePaged(store.id, (cursor) =>
    api.call('listSales', { query: { storeId: store.id, limit: 50, ...(cursor ? { cursor } : {}) } }),
  );
  return (
    <section className="bo-page" data-testid="sales-page">
      <header className="bo-page__header">
        <h1>{t('backoffice.navItems.sales')}</h1>
        <span className="muted">{store.timeZone}</span>
      </header>
      {list.error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, list.error)}
        </p>
      )}
      <table className="bo-table" data-testid="sales-table" data-loading={list.loading}>
        <thead>
          <tr>
            <th scope="col">{t('sale.time')}</th>
            <th scope="col">{t('sale.receiptNo')}</th>
            <th scope="col">{t('sale.cashier')}</th>
            <th scope="col" className="num">
              {t('sale.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((sale) => (
            <tr key={sale.id} data-testid="sale-row" data-receipt-no={sale.receiptNo} data-sale-id={sale.id}>
              <td>{format.dateTime(sale.createdAt, store.timeZone)}</td>
              <td className="nowrap">
                <Link href={`/backoffice/sales/${sale.id}`} data-testid="sale-row-link">
                  {sale.receiptNo}
                </Link>
                {sale.training && (
                  <span className="tag" data-testid="sale-row-training">
                    {' '}
                    {t('sale.training')}
                  </span>
                )}
              </td>
              <td>{sale.staffName}</td>
              <td className="num nowrap">{format.money(sale.dueAfterRounding, sale.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!list.loading && list.items.length === 0 && <p className="muted">{t('sale.none')}</p>}
      {list.hasMore && (
        <Button onClick={list.loadMore} disabled={list.loading} data-testid="sales-load-more">
          {t('common.loadMore')}
        </Button>
      )}
    </section>
  );
}
