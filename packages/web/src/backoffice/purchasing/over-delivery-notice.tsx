import { ApiError } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { useFormat } from '../../shared/format/use-format';
import type { CountLine } from './order-count';

export type OverDeliveryNoticeProps = {
  /** The refusal: a `purchase_order_over_received` error, whose details name the product. */
  readonly failure: ApiError;
  readonly lines: readonly CountLine[];
  /** Books the same receipt again, saying the extra goods are kept on purpose. */
  readonly onAccept: () => Promise<void>;
};

function amountOf(details: Readonly<Record<string, unknown>>, key: string): number {
  const value = details[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;
}

/** True when a booking was refused because more came than was ordered (or something not ordered). */
export function isOverDelivery(failure: unknown): failure is ApiError {
  return failure instanceof ApiError && failure.code === 'purchase_order_over_received';
}

/**
 * More came than was ordered: says which product and by how much (from the refusal's details), and
 * offers to keep the extra goods, after a question, instead of changing the count.
 */
export function OverDeliveryNotice({ failure, lines, onAccept }: OverDeliveryNoticeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [asking, setAsking] = useState(false);
  const { details } = failure;
  const line = lines.find((l) => l.productId === details.productId);
  const unit = line?.unit ?? 'piece';
  const ordered = amountOf(details, 'ordered');
  const received = amountOf(details, 'received');
  const quantity = amountOf(details, 'quantity');
  const extra = Math.max(0, received + quantity - ordered);

  return (
    <div className="form-error po-over" role="alert" data-testid="receive-over">
      <p>{t('errors.purchase_order_over_received')}</p>
      {line && (
        <p data-testid="receive-over-detail">
          {t('purchasing.receive.overDetail', {
            name: line.name,
            ordered: format.quantity(ordered, unit),
            received: format.quantity(received, unit),
            quantity: format.quantity(quantity, unit),
            extra: format.quantity(extra, unit),
          })}
        </p>
      )}
      <div>
        <Button variant="primary" onClick={() => setAsking(true)} data-testid="receive-accept-extra">
          {t('purchasing.receive.acceptExtra')}
        </Button>
      </div>
      {asking && (
        <ConfirmDialog
          title={t('purchasing.receive.acceptTitle')}
          confirmLabel={t('purchasing.receive.acceptExtra')}
          testId="accept-extra-dialog"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            await onAccept();
            setAsking(false);
          }}
        >
          <p>{t('purchasing.receive.acceptBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
