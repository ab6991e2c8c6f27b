import type { PurchaseOrderStatus } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../stock/status-tag';

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
  const tone =
    status === 'sent' || status === 'partly_received' ? 'open' : status === 'received' ? 'done' : 'quiet';
  return <StatusTag status={status} label={t(`purchasing.status.${status}`)} tone={tone} testId={testId} />;
}
