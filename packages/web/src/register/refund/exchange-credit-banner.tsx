import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

export type ExchangeCreditBannerProps = {
  readonly amount: number;
  readonly currency: string;
  readonly onDrop: () => void;
};

/** 换货: the value of returned goods that pays toward this sale, until it is used or dropped. */
export function ExchangeCreditBanner({ amount, currency, onDrop }: ExchangeCreditBannerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (amount <= 0) return null;
  return (
    <p className="exchange-credit" role="status" data-testid="exchange-credit">
      {t('register.refund.exchangeCredit', { amount: format.money(amount, currency) })}
      <button type="button" className="btn btn--ghost" onClick={onDrop} data-testid="exchange-credit-drop">
        {t('register.refund.exchangeDrop')}
      </button>
    </p>
  );
}
