import type { Me, PurchaseOrder, Store } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import { navigate } from '../../use-route';
import { StockTabs } from '../stock/stock-tabs';
import { OrderActions } from './order-actions';
import { OrderStatusTag } from './order-status-tag';
import { PurchaseOrderEditor } from './purchase-order-editor';
import { purchaseOrderNumber } from './purchase-order-number';
import { PurchaseOrderView } from './purchase-order-view';
import '../stock/stock.css';
import './purchasing.css';

export type PurchaseOrderPageProps = {
  readonly store: Store;
  readonly me: Me;
  /** null: `/backoffice/stock/orders/new`. */
  readonly orderId: string | null;
};

/**
 * `/backoffice/stock/orders/:id` (and `/new`): a draft is edited here by those who keep purchasing;
 * once sent the order is shown with what has come of it, and received, printed or closed from here.
 */
export function PurchaseOrderPage({ store, me, orderId }: PurchaseOrderPageProps) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<PurchaseOrder | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (orderId === null) return;
    api.call('getPurchaseOrder', { params: { orderId } }).then(setOrder, setError);
  }, [orderId]);

  const changed = (next: PurchaseOrder) => {
    if (orderId === null) navigate(`/backoffice/stock/orders/${next.id}`, { replace: true });
    else setOrder(next);
  };
  const editing =
    me.permissions.includes('purchase.manage') && (orderId === null || order?.status === 'draft');

  return (
    <section className="bo-page" data-testid="purchase-order-page">
      <header className="bo-page__header">
        <h1>
          {order ? (
            <>
              <span data-testid="order-number">{purchaseOrderNumber(order.number)}</span>{' '}
              <OrderStatusTag status={order.status} />
            </>
          ) : (
            t('purchasing.orders.new')
          )}
        </h1>
        <Link href="/backoffice/stock/orders">{t('common.back')}</Link>
      </header>
      <StockTabs current="orders" me={me} />
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {orderId !== null && order === null && error === null && <Loading />}
      {order && <OrderActions order={order} me={me} onChanged={changed} />}
      {editing && (orderId === null || order) ? (
        <PurchaseOrderEditor store={store} order={order} onChanged={changed} />
      ) : (
        order && <PurchaseOrderView store={store} order={order} />
      )}
    </section>
  );
}
