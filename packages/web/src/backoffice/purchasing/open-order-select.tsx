import type { PurchaseOrderSummary } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Field } from '../../shared/components/field';
import { purchaseOrderNumber } from './purchase-order-number';

export type OpenOrderSelectProps = {
  readonly storeId: string;
  /** The chosen order's id; '' to receive without one. */
  readonly value: string;
  readonly onChange: (orderId: string) => void;
};

/** Which purchase order a delivery is for: the store's orders that still wait for goods, newest first. */
export function OpenOrderSelect({ storeId, value, onChange }: OpenOrderSelectProps) {
  const { t } = useTranslation();
  const [orders, setOrders] = useState<readonly PurchaseOrderSummary[]>([]);
  useEffect(() => {
    let current = true;
    const list = (status: 'sent' | 'partly_received') =>
      api.call('listPurchaseOrders', { params: { storeId }, query: { status, limit: 200 } });
    Promise.all([list('sent'), list('partly_received')]).then(
      ([sent, partly]) => {
        if (current) setOrders([...sent.items, ...partly.items].sort((a, b) => b.number - a.number));
      },
      // Receiving without an order still works: the list is a convenience.
      () => current && setOrders([]),
    );
    return () => {
      current = false;
    };
  }, [storeId]);

  return (
    <Field label={t('purchasing.receive.order')} className="po-filter">
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid="receive-order"
        >
          <option value="">{t('purchasing.receive.noOrder')}</option>
          {value !== '' && !orders.some((o) => o.id === value) && (
            <option value={value}>{t('purchasing.receive.thisOrder')}</option>
          )}
          {orders.map((order) => (
            <option key={order.id} value={order.id}>
              {/* No status here: the list is read once, the order's own line below stays current. */}
              {`${purchaseOrderNumber(order.number)} · ${order.supplierName}`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
