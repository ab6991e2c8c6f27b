import type { Product, PurchaseOrder, StockReceipt, Store } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { useToast } from '../../shared/components/use-toast';
import { BookButton } from '../stock/book-button';
import { DocumentError } from '../stock/document-error';
import { GoodsSearch } from '../stock/goods-search';
import { LocationSelect } from '../stock/location-select';
import { ReceiptCosts } from '../stock/receipt-costs';
import { ReferenceField } from '../stock/reference-field';
import { useDocumentSubmit } from '../stock/use-document-submit';
import { addToCount, type CountLine, countLinesFromOrder, readCount, receiptLines } from './order-count';
import { OrderCountLines } from './order-count-lines';
import { OrderStatusTag } from './order-status-tag';
import { isOverDelivery, OverDeliveryNotice } from './over-delivery-notice';
import { purchaseOrderNumber } from './purchase-order-number';
import './purchasing.css';

/**
 * 按采购单收货: the order's lines are counted (a scan adds one to its product's line), each at the
 * order's cost, into the order's location unless the clerk picks another, and booked against the
 * order. More than was ordered is refused until the clerk says the extra goods are kept. The same
 * request is never booked twice: its id changes only once it is booked.
 */
export function OrderReceiptForm({ store, orderId }: { readonly store: Store; readonly orderId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [order, setOrder] = useState<PurchaseOrder | null>(null);
  const [lines, setLines] = useState<readonly CountLine[]>([]);
  const [locationId, setLocationId] = useState('');
  const [reference, setReference] = useState('');
  /** Its failure is a search problem in words, or why booking failed. */
  const { busy, failure, fail, book, submit } = useDocumentSubmit();
  const [last, setLast] = useState<{ receipt: StockReceipt; names: Map<string, string> } | null>(null);

  const load = useCallback(
    (next: PurchaseOrder) => {
      setOrder(next);
      setLines(countLinesFromOrder(next, store.currency));
      setLocationId((current) => current || next.locationId);
    },
    [store.currency],
  );
  useEffect(() => {
    api.call('getPurchaseOrder', { params: { orderId } }).then(load, fail);
  }, [orderId, load, fail]);

  const read = lines.map((line) => readCount(line, store.currency));
  const body = receiptLines(lines, store.currency);
  const open = order?.status === 'sent' || order?.status === 'partly_received';

  /** The receipt to book, with and without saying that extra goods are kept; none until it reads. */
  const booking = body !== null &&
    order !== null && {
      send: (acceptOverDelivery: boolean) => (requestId: string) =>
        api.call('receiveStock', {
          params: { storeId: store.id },
          body: {
            id: requestId,
            locationId,
            purchaseOrderId: order.id,
            acceptOverDelivery,
            reference: reference.trim(),
            lines: body,
          },
        }),
      // The order is read again while the form stays busy: its counts start from what is still to come.
      booked: async (receipt: StockReceipt) => {
        toast(t('stock.receive.done', { n: receipt.lines.length }), 'success');
        setLast({ receipt, names: new Map(lines.map((line) => [line.productId, line.name])) });
        setReference('');
        load(await api.call('getPurchaseOrder', { params: { orderId: order.id } }));
      },
    };

  const header = order && (
    <p className="po-receive-order" data-testid="receive-order-summary">
      <Link href={`/backoffice/stock/orders/${order.id}`} data-testid="receive-order-link">
        {purchaseOrderNumber(order.number)}
      </Link>{' '}
      {order.supplierName} <OrderStatusTag status={order.status} testId="receive-order-status" />
    </p>
  );
  return (
    <>
      {header}
      {order === null && failure === null && <Loading />}
      {order && !open && (
        <p className="notice" data-testid="receive-order-not-open">
          {t('errors.purchase_order_not_open')}
        </p>
      )}
      {order && open && (
        <>
          <div className="adjust-head">
            <LocationSelect
              storeId={store.id}
              value={locationId}
              onChange={setLocationId}
              onError={fail}
              testId="receive-location"
            />
            <ReferenceField value={reference} onChange={setReference} />
          </div>
          <GoodsSearch
            store={store}
            onPick={(product: Product, quantity: number) => {
              fail(null);
              setLines((current) => addToCount(current, product, quantity, store.currency));
            }}
            onError={fail}
          />
          <p className="muted">{t('purchasing.receive.howTo')}</p>
          <OrderCountLines
            lines={lines}
            read={read}
            onChange={(productId, patch) =>
              setLines((current) => current.map((l) => (l.productId === productId ? { ...l, ...patch } : l)))
            }
          />
        </>
      )}
      <DocumentError failure={isOverDelivery(failure) ? null : failure} testId="receive-error" />
      {isOverDelivery(failure) && (
        <OverDeliveryNotice
          failure={failure}
          lines={lines}
          onAccept={() => (booking ? book(booking.send(true), booking.booked) : Promise.resolve())}
        />
      )}
      {order && open && (
        <BookButton
          label={t('stock.receive.submit')}
          disabled={body === null || busy || locationId === ''}
          onBook={() => {
            if (booking) submit(booking.send(false), booking.booked);
          }}
          testId="receive-submit"
        />
      )}
      {last && <ReceiptCosts store={store} receipt={last.receipt} names={last.names} />}
    </>
  );
}
