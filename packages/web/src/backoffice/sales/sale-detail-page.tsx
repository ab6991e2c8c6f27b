import type { Sale, Store } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { SaleLines } from './sale-lines';
import { SaleTotals } from './sale-totals';

/** `/backoffice/sales/:id`: lines, tenders, totals, the receipt, and ESC/POS downloads. */
export function SaleDetailPage({ store, saleId }: { readonly store: Store; readonly saleId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [sale, setSale] = useState<Sale | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.call('getSale', { params: { id: saleId } }).then(setSale, setError);
  }, [saleId]);

  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const escpos = (width: '58' | '80') =>
    api.url('saleReceipt', { params: { id: saleId }, query: { format: 'escpos', width, lang } });

  return (
    <section className="bo-page" data-testid="sale-detail">
      <header className="bo-page__header">
        <h1 data-testid="sale-receipt-no">{sale?.receiptNo ?? t('sale.title')}</h1>
        <Link href="/backoffice/sales" data-testid="sale-back">
          {t('common.back')}
        </Link>
      </header>
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {!sale && error === null && <Loading />}
      {sale && (
        <div className="sale-detail">
          <div className="sale-detail__data">
            <p className="muted">
              <span data-testid="sale-time">{format.dateTime(sale.createdAt, store.timeZone)}</span>
              {' · '}
              <span data-testid="sale-cashier">{sale.staffName}</span>
            </p>
            <SaleLines sale={sale} />
            <SaleTotals sale={sale} />
            <div className="dialog__actions">
              <a
                className="btn btn--secondary"
                href={escpos('58')}
                download={`${sale.receiptNo}-58mm.bin`}
                data-testid="sale-download-58"
              >
                {t('sale.download58')}
              </a>
              <a
                className="btn btn--secondary"
                href={escpos('80')}
                download={`${sale.receiptNo}-80mm.bin`}
                data-testid="sale-download-80"
              >
                {t('sale.download80')}
              </a>
            </div>
          </div>
          <iframe
            className="sale-detail__receipt"
            title={t('register.receipt.title')}
            src={api.url('saleReceipt', { params: { id: saleId }, query: { format: 'html', lang } })}
            data-testid="sale-receipt-frame"
          />
        </div>
      )}
    </section>
  );
}
