import type { StockCountSummary } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../stock/status-tag';

type CountStatus = StockCountSummary['status'];

/** A count's statuses: counting until posted or called off. */
export const COUNT_STATUSES: readonly CountStatus[] = ['counting', 'posted', 'cancelled'];

/** A count's status in words, standing out while counting goes on. */
export function CountStatusTag({
  status,
  testId = 'count-status',
}: {
  readonly status: CountStatus;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const tone = status === 'counting' ? 'open' : status === 'posted' ? 'done' : 'quiet';
  return <StatusTag status={status} label={t(`counts.status.${status}`)} tone={tone} testId={testId} />;
}
