import type { PurchaseOrder, StockLocation, Store } from '@kassa/api';
import { lineAmount } from '@kassa/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Link } from '../../shared/components/link';
import { useFormat } from '../../shared/format/use-format';
import { labelItemsFromOrder } from '../labels/label-items';
import { PrintLabelsButton } from '../labels/print-labels-button';

/**
 * A purchase order as sent: who it went to, where and when the goods are expected, and each line
 * with what was ordered, what came so far, and what is still short (or came extra). What came is
 * labelled from here: a label for each piece received.
 */
export function PurchaseOrderView({
  store,
  order,
}: {
  readonly store: Store;
  readonly order: PurchaseOrder;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [locations, setLocations] = useState<readonly StockLocation[]>([]);
  useEffect(() => {
    // The location's name only: the order stands without it.
    api.call('listStockLocations', { params: { storeId: store.id } }).then(
      (list) => setLocations(list.items),
      () => setLocations([]),
    );
  }, [store.id]);
  const location = locations.find((l) => l.id === order.locationId);
  const done = order.status === 'closed' || order.status === 'cancelled';

  return (
    <div className="po-view" data-testid="order-view">
      <dl className="po-facts">
        <div>
          <dt>{t('purchasing.order.supplier')}</dt>
          <dd>
            <Link href={`/backoffice/stock/suppliers/${order.supplierId}`} data-testid="order-supplier-link">
              {order.supplierName}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('stock.adjust.location')}</dt>
          <dd>{location?.name ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('purchasing.order.expectedOn')}</dt>
          <dd>{order.expectedOn ? format.businessDate(order.expectedOn) : '—'}</dd>
        </div>
        <div>
          <dt>{t('purchasing.order.sentAt')}</dt>
          <dd>{order.sentAt === null ? '—' : format.dateTime(order.sentAt, store.timeZone)}</dd>
        </div>
        {order.note && (
          <div>
            <dt>{t('purchasing.order.note')}</dt>
            <dd>{order.note}</dd>
          </div>
        )}
      </dl>
      <div className="value-table">
        <table className="bo-table po-table">
          <thead>
            <tr>
              <th scope="col">{t('purchasing.order.product')}</th>
              <th scope="col" className="num">
                {t('purchasing.order.ordered')}
              </th>
              <th scope="col" className="num">
                {t('purchasing.order.received')}
              </th>
              <th scope="col" className="num">
                {t('purchasing.order.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => {
              const gap = line.received - line.quantity;
              // Packs in thousandths, shown only when the quantity is a whole thousandth of packs.
              const packs = (line.quantity * 1000) / line.packSize;
              return (
                <tr key={line.productId} data-testid="order-line" data-sku={line.sku}>
                  <td>
                    <strong>{line.name}</strong>
                    <br />
                    <span className="muted">
                      {[
                        line.sku,
                        line.supplierSku && t('purchasing.supplierSkuShort', { sku: line.supplierSku }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </td>
                  <td className="num" data-testid="order-line-ordered">
                    {format.quantity(line.quantity, line.unit)}
                    {line.packSize !== 1000 && Number.isInteger(packs) && (
                      <span className="muted po-sub">
                        {t(`purchasing.order.packsOf.${line.unit}`, {
                          packs: format.quantity(packs, 'piece'),
                          size: format.quantity(line.packSize, line.unit),
                        })}
                      </span>
                    )}
                  </td>
                  <td className="num">
                    <span data-testid="order-line-received">{format.quantity(line.received, line.unit)}</span>
                    {gap !== 0 && (line.received > 0 || done) && (
                      <span
                        className={gap > 0 ? 'po-sub po-extra' : 'po-sub po-short'}
                        data-testid={gap > 0 ? 'order-line-extra' : 'order-line-short'}
                      >
                        {gap > 0
                          ? t('purchasing.order.extra', { quantity: format.quantity(gap, line.unit) })
                          : t('purchasing.order.short', { quantity: format.quantity(-gap, line.unit) })}
                      </span>
                    )}
                  </td>
                  <td className="num">
                    {format.money(lineAmount(line.unitCost, line.quantity), store.currency)}
                    <span className="muted po-sub">
                      {t(`purchasing.order.perUnit.${line.unit}`, {
                        cost: format.money(line.unitCost, store.currency),
                      })}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="po-total">
        {t('purchasing.order.total')}{' '}
        <strong data-testid="order-total">{format.money(order.total, store.currency)}</strong>
      </p>
      <div className="po-actions">
        <PrintLabelsButton store={store} items={() => labelItemsFromOrder(order)} testId="order-labels" />
      </div>
    </div>
  );
}
