import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { useFormat } from '../../shared/format/use-format';
import type { CompletedSale } from './completed-sale';

export type ReceiptPanelProps = {
  readonly sale: CompletedSale;
  readonly frameRef: RefObject<HTMLIFrameElement | null>;
  readonly onPrint: () => void;
  readonly onNewSale: () => void;
};

/** After payment: the change to hand back, the server's receipt, Print and New sale. */
export function ReceiptPanel({ sale, frameRef, onPrint, onNewSale }: ReceiptPanelProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <section
      className="receipt-panel"
      aria-label={t('register.receipt.title')}
      data-testid="receipt-panel"
      data-status={sale.status}
    >
      <p className="receipt-panel__change">
        <span>{t('register.receipt.change')}</span>
        <strong data-testid="receipt-change">{format.money(sale.change, sale.currency)}</strong>
      </p>
      <p className="receipt-panel__paid muted">
        {t('register.receipt.paid', { paid: format.money(sale.paid, sale.currency) })}
        {sale.receiptNo && (
          <>
            {' · '}
            <span data-testid="receipt-no">{sale.receiptNo}</span>
          </>
        )}
      </p>
      {sale.status === 'recorded' ? (
        <iframe
          ref={frameRef}
          className="receipt-panel__frame"
          title={t('register.receipt.title')}
          src={api.url('saleReceipt', { params: { id: sale.saleId }, query: { format: 'html', lang } })}
          data-testid="receipt-frame"
        />
      ) : (
        <p className="notice" role="status" data-testid="receipt-offline">
          {t('register.receipt.queued')}
        </p>
      )}
      <div className="receipt-panel__actions">
        <Button onClick={onPrint} disabled={sale.status !== 'recorded'} data-testid="receipt-print">
          {t('register.receipt.print')} <kbd>F8</kbd>
        </Button>
        <Button variant="primary" size="lg" onClick={onNewSale} data-testid="receipt-new-sale">
          {t('register.receipt.newSale')} <kbd>Enter</kbd>
        </Button>
      </div>
    </section>
  );
}
