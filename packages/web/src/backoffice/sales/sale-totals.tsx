import type { Sale } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

/** Totals and tenders of a recorded sale. */
export function SaleTotals({ sale }: { readonly sale: Sale }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, sale.currency);
  const row = (label: string, value: string, testId: string) => (
    <div className="totals__row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <>
      <dl className="totals">
        {row(t('register.totals.subtotal'), money(sale.subtotal), 'sale-subtotal')}
        {sale.discountTotal > 0 &&
          row(t('register.totals.discount'), `−${money(sale.discountTotal)}`, 'sale-discount')}
        {row(t('register.totals.tax'), money(sale.taxTotal), 'sale-tax')}
        {row(t('register.totals.total'), money(sale.total), 'sale-total')}
        {sale.cashRounding !== 0 &&
          row(t('register.pay.cashRounding'), money(sale.cashRounding), 'sale-rounding')}
        {row(t('sale.paid'), money(sale.paidTotal), 'sale-paid')}
        {row(t('register.pay.change'), money(sale.change), 'sale-change')}
      </dl>
      <ul className="tenders" aria-label={t('register.pay.tenders')}>
        {sale.tenders.map((tender, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: tenders of a recorded sale never change order
          <li key={i} className="tenders__item" data-testid="sale-tender" data-kind={tender.kind}>
            <span>
              {t(`register.shift.tenderKinds.${tender.kind}`, { defaultValue: tender.kind })}
              {tender.reference && ` · ${tender.reference}`}
              {tender.brand &&
                ` · ${tender.kind === 'qr' ? t(`register.pay.qrPay.provider.${tender.brand}`) : tender.brand}`}
              {tender.last4 && ` · ****${tender.last4}`}
            </span>
            <span>
              {money(tender.amount)}
              {tender.tendered !== tender.amount &&
                ` (${t('sale.tendered', { amount: money(tender.tendered) })})`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
