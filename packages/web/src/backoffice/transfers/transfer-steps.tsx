import type { Me, StockTransfer, Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { staffName } from '../stock/staff-name';

const STEPS = ['requested', 'approved', 'shipped', 'received'] as const;

/**
 * The steps of a transfer, each with who took it and when, the next ones still to come; a cancelled
 * transfer ends with that (the transfer does not say who called it off, or when).
 */
export function TransferSteps({
  transfer,
  store,
  me,
}: {
  readonly transfer: StockTransfer;
  readonly store: Store;
  readonly me: Me;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const done = {
    requested: { by: transfer.requestedBy, at: transfer.requestedAt },
    approved: { by: transfer.approvedBy, at: transfer.approvedAt },
    shipped: { by: transfer.shippedBy, at: transfer.shippedAt },
    received: { by: transfer.receivedBy, at: transfer.receivedAt },
  };
  const shown = STEPS.filter((step) => transfer.status !== 'cancelled' || done[step].at !== null);
  return (
    <ol className="transfer-steps" data-testid="transfer-steps">
      {shown.map((step) => {
        const { by, at } = done[step];
        return (
          <li
            key={step}
            className={at === null ? 'transfer-step-item' : 'transfer-step-item transfer-step-item--done'}
            data-testid={`transfer-step-${step}`}
          >
            <strong>{t(`transfers.steps.${step}`)}</strong>
            <span className="muted">
              {by === null || at === null
                ? t('transfers.steps.pending')
                : `${staffName(t, me, by, transfer.staffNames)} · ${format.dateTime(at, store.timeZone)}`}
            </span>
          </li>
        );
      })}
      {transfer.status === 'cancelled' && (
        <li
          className="transfer-step-item transfer-step-item--cancelled"
          data-testid="transfer-step-cancelled"
        >
          <strong>{t('transfers.steps.cancelled')}</strong>
        </li>
      )}
    </ol>
  );
}
