import type { Me, PurchaseOrderStatus, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { Link } from '../../shared/components/link';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { StatusChips } from '../stock/status-chips';
import { StockTabs } from '../stock/stock-tabs';
import { usePaged } from '../use-paged';
import { ORDER_STATUSES, OrderStatusTag } from './order-status-tag';
import { purchaseOrderNumber } from './purchase-order-number';
import { ReceivedShare } from './received-share';
import { useSuppliers } from './use-suppliers';
import '../stock/stock.css';
import './purchasing.css';

/**
 * `/backoffice/stock/orders`, 采购单: the store's purchase orders, newest first, by status and by
 * supplier; each with its total and how much of it has come.
 */
export function PurchaseOrdersPage({ store, me }: { readonly store: Store; readonly me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<PurchaseOrderStatus | ''>('');
  const [supplierId, setSupplierId] = useState('');
  const { suppliers } = useSuppliers('', true);
  const list = usePaged(`${store.id}|${status}|${supplierId}`, (cursor) =>
    api.call('listPurchaseOrders', {
      params: { storeId: store.id },
      query: {
        limit: 50,
        ...(status ? { status } : {}),
        ...(supplierId ? { supplierId } : {}),
        ...(cursor ? { cursor } : {}),
      },
    }),
  );

  return (
    <section className="bo-page" data-testid="purchase-orders-page">
      <header className="bo-page__header">
        <h1>{t('purchasing.orders.title')}</h1>
        {me.permissions.includes('purchase.manage') && (
          <Link href="/backoffice/stock/orders/new" className="btn btn--primary" data-testid="order-new">
            {t('purchasing.orders.new')}
          </Link>
        )}
      </header>
      <StockTabs current="orders" me={me} />
      <StatusChips
        statuses={ORDER_STATUSES}
        value={status}
        onChange={setStatus}
        legend={t('purchasing.orders.byStatus')}
        labelOf={(s) => t(`purchasing.status.${s}`)}
        allLabel={t('purchasing.orders.all')}
        testId="orders-status"
      />
      <Field label={t('purchasing.order.supplier')} className="po-filter">
        {(control) => (
          <select
            {...control}
            value={supplierId}
            onChange={(e) => setSupplierId(e.target.value)}
            data-testid="orders-supplier"
          >
            <option value="">{t('purchasing.orders.allSuppliers')}</option>
            {suppliers?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {list.error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, list.error)}
        </p>
      )}
      <ul className="location-list" data-testid="orders-list" data-loading={list.loading}>
        {list.items.map((order) => (
          <li
            key={order.id}
            className="location po-card"
            data-testid="order-row"
            data-number={purchaseOrderNumber(order.number)}
          >
            <div className="po-card__main">
              <span>
                <Link href={`/backoffice/stock/orders/${order.id}`} data-testid="order-row-link">
                  <strong>{purchaseOrderNumber(order.number)}</strong>
                </Link>{' '}
                <OrderStatusTag status={order.status} testId="order-row-status" />
              </span>
              <span>{order.supplierName}</span>
              <span className="muted">
                {[
                  format.dateTime(order.createdAt, store.timeZone),
                  order.expectedOn &&
                    t('purchasing.order.expectedShort', { date: format.businessDate(order.expectedOn) }),
                  t('purchasing.orders.lines', { count: order.lineCount }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </div>
            <div className="po-card__figures">
              <strong data-testid="order-row-total">{format.money(order.total, store.currency)}</strong>
              {order.status !== 'draft' && order.status !== 'cancelled' && (
                <ReceivedShare share={order.receivedShare} />
              )}
            </div>
          </li>
        ))}
      </ul>
      {!list.loading && list.items.length === 0 && <p className="muted">{t('purchasing.orders.none')}</p>}
      {list.hasMore && (
        <Button onClick={list.loadMore} disabled={list.loading} data-testid="orders-load-more">
          {t('common.loadMore')}
        </Button>
      )}
    </section>
  );
}
