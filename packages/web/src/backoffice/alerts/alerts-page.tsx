import type { Alert, Me, Store } from '@kassa/api';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { type LiveEvent, useLiveEvents } from '../../shared/live/use-live-events';
import { useRefreshed } from '../../shared/live/use-refreshed';
import { AlertItem } from './alert-item';
import { AlertSettingsForm } from './alert-settings-form';
import '../today/today.css';

/**
 * `/backoffice/alerts`: the store's alerts, newest first, live; unread only when asked; mark read;
 * then the store's alert settings for those who may change them.
 */
export function AlertsPage({ store, me }: { readonly store: Store; readonly me: Me }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const alerts = useRefreshed(
    `${store.id}|${unreadOnly}`,
    () =>
      api.call('listAlerts', {
        query: { storeId: store.id, unread: unreadOnly ? 'true' : 'false', limit: 200 },
      }),
    5 * 60_000,
  );
  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (event.type === 'alert.raised') alerts.refresh();
    },
    [alerts.refresh],
  );
  useLiveEvents(store.id, onEvent, alerts.refresh);
  const failed = (error: unknown) => toast(errorMessage(t, error), 'error');
  const read = (alert: Alert) =>
    api.call('readAlert', { params: { alertId: alert.id } }).then(alerts.refresh, failed);
  const readAll = () =>
    api.call('readAllAlerts', { body: { storeId: store.id } }).then(() => {
      toast(t('reports.alerts.marked'), 'success');
      alerts.refresh();
    }, failed);
  const data = alerts.data;
  return (
    <section className="bo-page" data-testid="alerts-page">
      <header className="bo-page__header">
        <h1>{t('reports.alerts.title')}</h1>
        {data && data.unread > 0 && (
          <span className="count-badge" data-testid="alerts-unread">
            {t('reports.today.unread', { count: data.unread })}
          </span>
        )}
      </header>
      <div className="report-actions">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.target.checked)}
            data-testid="alerts-unread-only"
          />{' '}
          {t('reports.alerts.unreadOnly')}
        </label>
        <Button onClick={readAll} disabled={!data || data.unread === 0} data-testid="alerts-read-all">
          {t('reports.alerts.markAllRead')}
        </Button>
      </div>
      {alerts.error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, alerts.error)}
        </p>
      )}
      {data && data.items.length === 0 && <p className="muted">{t('reports.alerts.none')}</p>}
      {data && data.items.length > 0 && (
        <ul className="alert-list today-card" data-testid="alerts-list">
          {data.items.map((alert) => (
            <AlertItem
              key={alert.id}
              alert={alert}
              currency={store.currency}
              timeZone={store.timeZone}
              onRead={read}
            />
          ))}
        </ul>
      )}
      {me.permissions.includes('alert.manage') && (
        <AlertSettingsForm store={store} isOwner={me.permissions.includes('settings.manage')} />
      )}
    </section>
  );
}
