import type { Alert } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Link } from '../../shared/components/link';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { AlertItem } from '../alerts/alert-item';

export type UnreadAlertsProps = {
  readonly count: number;
  readonly alerts: readonly Alert[];
  readonly currency: string;
  readonly timeZone: string;
  /** Called after an alert was marked read, to reload the count and the list. */
  readonly onChange: () => void;
};

/** The unread alerts' count and the latest few, each can be marked read; a link to all alerts. */
export function UnreadAlerts({ count, alerts, currency, timeZone, onChange }: UnreadAlertsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const read = (alert: Alert) =>
    api
      .call('readAlert', { params: { alertId: alert.id } })
      .then(onChange, (error: unknown) => toast(errorMessage(t, error), 'error'));
  return (
    <section className="today-card" aria-labelledby="alerts-title">
      <h2 id="alerts-title">
        {t('reports.today.alerts')}{' '}
        {count > 0 && (
          <span className="count-badge" data-testid="unread-alerts">
            {t('reports.today.unread', { count })}
          </span>
        )}
      </h2>
      {alerts.length === 0 ? (
        <p className="muted">{t('reports.today.noAlerts')}</p>
      ) : (
        <ul className="alert-list">
          {alerts.map((alert) => (
            <AlertItem key={alert.id} alert={alert} currency={currency} timeZone={timeZone} onRead={read} />
          ))}
        </ul>
      )}
      <Link href="/backoffice/alerts" data-testid="all-alerts">
        {t('reports.today.allAlerts')}
      </Link>
    </section>
  );
}
