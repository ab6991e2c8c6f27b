import type { TenderInput } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

/** The tenders taken so far in a split payment, each removable until the sale completes. */
export function TenderList({
  tenders,
  currency,
  disabled,
  onRemove,
}: {
  readonly tenders: readonly TenderInput[];
  readonly currency: string;
  readonly disabled: boolean;
  readonly onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (tenders.length === 0) return null;
  return (
    <ul className="tenders" aria-label={t('register.pay.tenders')}>
      {tenders.map((tender, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: tenders have no id and are only appended or removed
        <li key={i} className="tenders__item" data-testid="pay-tender" data-kind={tender.kind}>
          <span>
            {t(`register.pay.${tender.kind}`)}
            {tender.kind === 'card' &&
              ` · ${tender.reference}${tender.last4 ? ` · ****${tender.last4}` : ''}`}
            {tender.kind === 'qr' && ` · ${t(`register.pay.qrPay.provider.${tender.brand}`)}`}
          </span>
          <span>{format.money(tender.amount, currency)}</span>
          <button
            type="button"
            className="btn btn--ghost btn--square"
            aria-label={t('register.pay.removeTender')}
            disabled={disabled}
            onClick={() => onRemove(i)}
            data-testid="pay-tender-remove"
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
