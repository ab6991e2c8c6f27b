import type { Alert } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { useFormat } from '../../shared/format/use-format';
import { alertMessage } from './alert-message';

export type AlertItemProps = {
  readonly alert: Alert;
  readonly currency: string;
  readonly timeZone: string;
  readonly onRead: (alert: Alert) => void;
};

/** One alert: what happened, when, and a button to mark it read while it is unread. */
export function AlertItem({ alert, currency, timeZone, onRead }: AlertItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li
      className="alert-item"
      data-testid="alert-item"
      data-kind={alert.kind}
      data-read={alert.readAt !== null}
    >
      <span className="alert-item__text">{alertMessage(t, format, alert, currency)}</span>
      <span className="alert-item__meta muted">
        {format.dateTime(alert.createdAt, timeZone)}
        {alert.readAt !== null &&
          ` · ${t('reports.alerts.readAt', { time: format.dateTime(alert.readAt, timeZone) })}`}
      </span>
      {alert.readAt === null && (
        <Button variant="ghost" onClick={() => onRead(alert)} data-testid="alert-read">
          {t('reports.alerts.markRead')}
        </Button>
      )}
    </li>
  );
}
