import type { Product, PurchaseOrder, StockReceipt, Store } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { newId } from '../../shared/new-id';
import { GoodsSearch } from '../stock/goods-search';
import { LocationSelect } from '../stock/location-select';
import { ReceiptCosts } from '../stock/receipt-costs';
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
  const [requestId, setRequestId] = useState(newId);
  const [busy, setBusy] = useState(false);
  /** A search problem in words, or why booking failed. */
  const [failure, setFailure] = useState<unknown>(null);
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
    api.call('getPurchaseOrder', { params: { orderId } }).then(load, setFailure);
  }, [orderId, load]);

  const read = lines.map((line) => readCount(line, store.currency));
  const body = receiptLines(lines, store.currency);
  const open = order?.status === 'sent' || order?.status === 'partly_received';

  async function book(acceptOverDelivery: boolean) {
    if (body === null || order === null) return;
    setBusy(true);
    try {
      const receipt = await api.call('receiveStock', {
        params: { storeId: store.id },
        body: {
          id: requestId,
          locationId,
          purchaseOrderId: order.id,
          acceptOverDelivery,
          reference: reference.trim(),
          lines: body,
        },
      });
      toast(t('stock.receive.done', { n: receipt.lines.length }), 'success');
      setLast({ receipt, names: new Map(lines.map((line) => [line.productId, line.name])) });
      setFailure(null);
      setReference('');
      setRequestId(newId());
      load(await api.call('getPurchaseOrder', { params: { orderId: order.id } }));
    } finally {
      setBusy(false);
    }
  }
  const submit = () => {
    setFailure(null);
    book(false).catch(setFailure);
  };

  const header = order && (
    <p className="po-receive-order" data-testid="receive-order-summary">
      <Link href={`/backoffice/stock/orders/${order.id}`} data-testid="receive-order-link">
        {purchaseOrderNumber(order.number)}
      </Link>{' '}
      {order.supplierName} <OrderStatusTag status={order.status} testId="receive-order-status" />
    </p>
  );
  const problem =
    failure === null || isOverDelivery(failure)
      ? null
      : typeof failure === 'string'
        ? failure
        : errorMessage(t, failure);

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
              onError={setFailure}
              testId="receive-location"
            />
            <Field label={t('stock.receive.reference')}>
              {(control) => (
                <input
                  {...control}
                  value={reference}
                  maxLength={60}
                  onChange={(e) => setReference(e.target.value)}
                  data-testid="receive-reference"
                />
              )}
            </Field>
          </div>
          <GoodsSearch
            store={store}
            onPick={(product: Product, quantity: number) => {
              setFailure(null);
              setLines((current) => addToCount(current, product, quantity, store.currency));
            }}
            onError={setFailure}
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
      {problem !== null && (
        <p className="form-error" role="alert" data-testid="receive-error">
          {problem}
        </p>
      )}
      {isOverDelivery(failure) && (
        <OverDeliveryNotice failure={failure} lines={lines} onAccept={() => book(true)} />
      )}
      {order && open && (
        <div>
          <Button
            variant="primary"
            disabled={body === null || busy || locationId === ''}
            onClick={submit}
            data-testid="receive-submit"
          >
            {t('stock.receive.submit')}
          </Button>
        </div>
      )}
      {last && <ReceiptCosts store={store} receipt={last.receipt} names={last.names} />}
    </>
  );
}
