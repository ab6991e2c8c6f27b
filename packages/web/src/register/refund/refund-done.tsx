import type { UnreceiptedReturn } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { useFormat } from '../../shared/format/use-format';
import type { RefundTender } from './refund-view';

/** What a refund gave back, as the done screen shows it; `queued`: saved here, uploaded later. */
export type RefundOutcome = {
  readonly total: number;
  readonly tenders: readonly RefundTender[];
  readonly queued: boolean;
};

export function RefundDone({
  refund,
  currency,
  onClose,
  onExchange,
}: {
  readonly refund: RefundOutcome;
  readonly currency: string;
  readonly onClose: () => void;
  readonly onExchange: (cash: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div data-testid="refund-done">
      <p className="refund-total">
        {t('register.refund.refunded')}{' '}
        <strong data-testid="refund-done-total">{format.money(refund.total, currency)}</strong>
      </p>
      {refund.queued && (
        <p className="muted" data-testid="refund-queued">
          {t('register.shift.savedOffline')}
        </p>
      )}
      <ul className="refund-tenders">
        {refund.tenders.map((tender) => (
          <li
            key={`${tender.kind}-${tender.reference ?? ''}`}
            data-testid="refund-tender"
            data-kind={tender.kind}
          >
            {t(
              `register.refund.${tender.kind === 'qr' || tender.kind === 'card' ? tender.kind : 'cash'}Back`,
              {
                amount: format.money(tender.amount, currency),
                reference: tender.reference ?? '',
                last4: tender.last4 ?? '',
                wallet: tender.kind === 'qr' ? t(`register.pay.qrPay.provider.${tender.brand}`) : '',
              },
            )}
          </li>
        ))}
      </ul>
      <DoneActions
        cash={refund.tenders
          .filter((tender) => tender.kind === 'cash')
          .reduce((sum, tender) => sum + tender.amount, 0)}
        onClose={onClose}
        onExchange={onExchange}
      />
    </div>
  );
}

/** Done, or 换货 when cash was given back: it pays for the replacement instead. */
function DoneActions({
  cash,
  onClose,
  onExchange,
}: {
  readonly cash: number;
  readonly onClose: () => void;
  readonly onExchange: (cash: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog__actions">
      {cash > 0 && (
        <Button variant="secondary" onClick={() => onExchange(cash)} data-testid="refund-exchange">
          {t('register.refund.exchange')}
        </Button>
      )}
      <Button variant="primary" onClick={onClose} data-testid="refund-done-close">
        {t('register.shift.done')}
      </Button>
    </div>
  );
}

export function ReturnDone({
  returned,
  currency,
  onClose,
  onExchange,
}: {
  readonly returned: UnreceiptedReturn;
  readonly currency: string;
  readonly onClose: () => void;
  readonly onExchange: (cash: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const amount = format.money(returned.total, currency);
  return (
    <div data-testid="refund-done">
      <p className="refund-total">
        {t('register.refund.refunded')} <strong data-testid="refund-done-total">{amount}</strong>
      </p>
      <ul className="refund-tenders">
        <li data-testid="refund-tender" data-kind={returned.tender.kind}>
          {returned.tender.kind === 'card'
            ? t('register.refund.noReceipt.cardBack', { amount, reference: returned.tender.reference ?? '' })
            : t('register.refund.cashBack', { amount })}
        </li>
      </ul>
      <p className="muted" data-testid="refund-approved-by">
        {t('register.refund.noReceipt.approvedBy', { name: returned.approverName })}
      </p>
      <DoneActions
        cash={returned.tender.kind === 'cash' ? returned.total : 0}
        onClose={onClose}
        onExchange={onExchange}
      />
    </div>
  );
}
