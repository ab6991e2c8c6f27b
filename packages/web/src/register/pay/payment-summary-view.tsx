import type { Settlement } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import type { PaymentSummary } from './payment';

export type PaymentSummaryViewProps = {
  readonly summary: PaymentSummary;
  /** The settlement the typed amount would give: its 抹零 and change are shown live. */
  readonly preview: Settlement | null;
  readonly currency: string;
};

/** Due, 抹零 (cash rounding), tendered so far, and what is left or the change. */
export function PaymentSummaryView({ summary, preview, currency }: PaymentSummaryViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(amount, currency);
  const settled = preview ?? summary.settlement;
  const rounding = settled?.cashRounding ?? summary.cashRemaining - summary.remaining;
  return (
    <dl className="totals pay-summary">
      <div className="totals__row totals__row--total">
        <dt>{t('register.pay.due')}</dt>
        <dd data-testid="pay-due">{money(summary.due)}</dd>
      </div>
      {rounding !== 0 && (
        <div className="totals__row">
          <dt>{t('register.pay.cashRounding')}</dt>
          <dd data-testid="pay-rounding">{money(rounding)}</dd>
        </div>
      )}
      {summary.tendered > 0 && (
        <div className="totals__row">
          <dt>{t('register.pay.tendered')}</dt>
          <dd data-testid="pay-tendered">{money(summary.tendered)}</dd>
        </div>
      )}
      {settled ? (
        <div className="totals__row totals__row--change">
          <dt>{t('register.pay.change')}</dt>
          <dd data-testid="pay-change">{money(settled.change)}</dd>
        </div>
      ) : (
        <div className="totals__row totals__row--remaining">
          <dt>{t('register.pay.remaining')}</dt>
          <dd data-testid="pay-remaining">{money(summary.cashRemaining)}</dd>
        </div>
      )}
    </dl>
  );
}
