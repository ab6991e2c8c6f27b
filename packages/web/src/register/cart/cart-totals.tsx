import type { PricedTicket } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

/** Subtotal, discounts, tax (included or added, per the store) and the total due. */
export function CartTotals({ priced }: { readonly priced: PricedTicket }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, priced.currency);
  return (
    <dl className="totals" data-testid="cart-totals">
      <div className="totals__row">
        <dt>{t('register.totals.items')}</dt>
        <dd data-testid="cart-items">{priced.itemCount}</dd>
      </div>
      <div className="totals__row">
        <dt>{t('register.totals.subtotal')}</dt>
        <dd data-testid="cart-subtotal">{money(priced.subtotal)}</dd>
      </div>
      {priced.discountTotal > 0 && (
        <div className="totals__row totals__row--discount">
          <dt>{t('register.totals.discount')}</dt>
          <dd data-testid="cart-discount">−{money(priced.discountTotal)}</dd>
        </div>
      )}
      <div className="totals__row totals__row--tax">
        <dt>
          {priced.taxMode === 'inclusive' ? t('register.totals.taxIncluded') : t('register.totals.taxAdded')}
        </dt>
        <dd data-testid="cart-tax">{money(priced.taxTotal)}</dd>
      </div>
      <div className="totals__row totals__row--total">
        <dt>{t('register.totals.total')}</dt>
        <dd data-testid="cart-total">{money(priced.total)}</dd>
      </div>
    </dl>
  );
}
