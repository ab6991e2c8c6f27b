import type { PurchaseOrderStatus } from '@kassa/api';
import { useTranslation } from 'react-i18next';

/** All a purchase order's statuses, in the order of its life. */
export const ORDER_STATUSES: readonly PurchaseOrderStatus[] = [
  'draft',
  'sent',
  'partly_received',
  'received',
  'closed',
  'cancelled',
];

/** A purchase order's status in words, coloured by whether goods are still expected. */
export function OrderStatusTag({
  status,
  testId = 'order-status',
}: {
  readonly status: PurchaseOrderStatus;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <span className={`po-status po-status--${status}`} data-status={status} data-testid={testId}>
      {t(`purchasing.status.${status}`)}
    </span>
  );
}
