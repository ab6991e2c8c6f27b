import type { Me, Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../../use-route';
import { OpenOrderSelect } from '../purchasing/open-order-select';
import { OrderReceiptForm } from '../purchasing/order-receipt-form';
import { StockReceiptForm } from './stock-receipt-form';
import { StockTabs } from './stock-tabs';
import './stock.css';

/**
 * `/backoffice/stock/receive`, 收货入库: goods received against a purchase order (`?order=<id>`,
 * chosen here among the open ones or opened from the order), or without one.
 */
export function StockReceivePage({ store, me }: { readonly store: Store; readonly me: Me }) {
  const { t } = useTranslation();
  const { search } = useRoute();
  const orderId = new URLSearchParams(search).get('order') ?? '';
  const choose = (id: string) =>
    navigate(id ? `/backoffice/stock/receive?order=${encodeURIComponent(id)}` : '/backoffice/stock/receive', {
      replace: true,
    });
  return (
    <section className="bo-page" data-testid="stock-receive-page">
      <header className="bo-page__header">
        <h1>{t('stock.receive.title')}</h1>
      </header>
      <StockTabs current="receive" me={me} />
      {me.permissions.includes('stock.read') && (
        <OpenOrderSelect storeId={store.id} value={orderId} onChange={choose} />
      )}
      {orderId ? (
        <OrderReceiptForm key={orderId} store={store} orderId={orderId} />
      ) : (
        <StockReceiptForm store={store} />
      )}
    </section>
  );
}
