import type { Me, PurchaseOrder } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { Link } from '../../shared/components/link';
import { useToast } from '../../shared/components/use-toast';
import { purchaseOrderNumber } from './purchase-order-number';

export type OrderActionsProps = {
  readonly order: PurchaseOrder;
  readonly me: Me;
  readonly onChanged: (order: PurchaseOrder) => void;
};

/**
 * What can be done with a saved order: receive its goods (once sent), print it or download it as a
 * PDF to e-mail (in the UI language), and close it; closing an order nothing came for cancels it.
 */
export function OrderActions({ order, me, onChanged }: OrderActionsProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const open = order.status === 'sent' || order.status === 'partly_received';
  const closable = open || order.status === 'received' || order.status === 'draft';
  const nothingCame = order.lines.every((line) => line.received === 0);
  // The server cancels a draft or sent order that nothing came for, rather than closing it.
  const cancels = (order.status === 'draft' || order.status === 'sent') && nothingCame;
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh-CN';
  const pdf = api.url('purchaseOrderDocument', { params: { orderId: order.id }, query: { lang } });
  const canManage = me.permissions.includes('purchase.manage');

  return (
    <div className="po-actions" data-testid="order-actions">
      {open && me.permissions.includes('stock.receive') && (
        <Link
          href={`/backoffice/stock/receive?order=${order.id}`}
          className="btn btn--primary"
          data-testid="order-receive"
        >
          {t('purchasing.order.receive')}
        </Link>
      )}
      <a href={pdf} target="_blank" rel="noopener" className="btn btn--secondary" data-testid="order-pdf">
        {t('purchasing.order.print')}
      </a>
      <a
        href={pdf}
        download={`${purchaseOrderNumber(order.number)}.pdf`}
        className="btn btn--secondary"
        data-testid="order-pdf-download"
      >
        {t('purchasing.order.download')}
      </a>
      {canManage && closable && (
        <Button
          variant={cancels ? 'danger' : 'secondary'}
          onClick={() => setAsking(true)}
          data-testid="order-close"
        >
          {cancels ? t('purchasing.order.cancel') : t('purchasing.order.close')}
        </Button>
      )}
      {asking && (
        <ConfirmDialog
          title={
            cancels
              ? t('purchasing.order.cancelTitle', { number: purchaseOrderNumber(order.number) })
              : t('purchasing.order.closeTitle', { number: purchaseOrderNumber(order.number) })
          }
          confirmLabel={cancels ? t('purchasing.order.cancel') : t('purchasing.order.close')}
          danger={cancels}
          testId="close-order-dialog"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            const closed = await api.call('closePurchaseOrder', { params: { orderId: order.id } });
            setAsking(false);
            toast(t(`purchasing.order.closedAs.${closed.status}`), 'success');
            onChanged(closed);
          }}
        >
          <p>{cancels ? t('purchasing.order.cancelBody') : t('purchasing.order.closeBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
