import type { StockTransferStatus } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../stock/status-tag';

/** A transfer's statuses, in the order of its life. */
export const TRANSFER_STATUSES: readonly StockTransferStatus[] = [
  'requested',
  'approved',
  'shipped',
  'received',
  'cancelled',
];

/** A transfer's status in words, standing out while someone still has to act on it. */
export function TransferStatusTag({
  status,
  testId = 'transfer-status',
}: {
  readonly status: StockTransferStatus;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const tone = status === 'received' ? 'done' : status === 'cancelled' ? 'quiet' : 'open';
  return <StatusTag status={status} label={t(`transfers.status.${status}`)} tone={tone} testId={testId} />;
}
