import type { RegisterDevice } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { useFormat } from '../../shared/format/use-format';
import { deviceLabel, liveDevice, type StatusBadge } from './device-status';

export type RegisterCardProps = {
  readonly item: RegisterDevice;
  readonly badge: StatusBadge;
  readonly timeZone: string;
  readonly onPair: () => void;
  readonly onRename: () => void;
  readonly onToggle: () => void;
  readonly onRevoke: () => void;
};

/** One register in 收银机管理: its status at a glance, its device's figures, and what can be done. */
export function RegisterCard({
  item,
  badge,
  timeZone,
  onPair,
  onRename,
  onToggle,
  onRevoke,
}: RegisterCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { register, device } = item;
  const live = liveDevice(item);
  const when = (at: number | null | undefined) =>
    at == null ? t('devices.fields.none') : format.dateTime(at, timeZone);
  const label =
    badge.offlineFor === null
      ? t(`devices.status.${badge.status}`)
      : t('devices.status.offlineFor', {
          duration: t(`devices.elapsed.${badge.offlineFor.unit}`, { n: badge.offlineFor.n }),
        });
  const pending = device?.outbox.pending ?? 0;

  return (
    <article
      className="device-card"
      data-testid="device-row"
      data-register-code={register.code}
      data-status={badge.status}
    >
      <header className="device-card__header">
        <h2>
          {register.name} <span className="muted">({register.code})</span>
        </h2>
        <span
          className={`device-badge device-badge--${badge.status}${badge.overdue ? ' device-badge--overdue' : ''}`}
          data-testid="device-status"
        >
          {label}
        </span>
      </header>
      {device && (
        <dl className="device-card__figures">
          <dt>{t('devices.fields.lastSeen')}</dt>
          <dd data-testid="device-last-seen">{when(device.lastSeenAt)}</dd>
          <dt>{t('devices.fields.appVersion')}</dt>
          <dd data-testid="device-version">{device.appVersion ?? t('devices.fields.none')}</dd>
          <dt>{t('devices.fields.pending')}</dt>
          <dd data-testid="device-pending" className={pending > 0 ? 'device-card__pending' : undefined}>
            {pending}
          </dd>
          <dt>{t('devices.fields.oldestPending')}</dt>
          <dd data-testid="device-oldest">{when(device.outbox.oldestPendingAt)}</dd>
          <dt>{t('devices.fields.pairedAt')}</dt>
          <dd data-testid="device-paired-at">{when(device.pairedAt)}</dd>
          <dt>{t('devices.fields.device')}</dt>
          <dd className="device-card__name" title={device.name} data-testid="device-name">
            {deviceLabel(device.name)}
          </dd>
          {device.revokedAt !== null && (
            <>
              <dt>{t('devices.fields.revokedAt')}</dt>
              <dd data-testid="device-revoked-at">{when(device.revokedAt)}</dd>
            </>
          )}
        </dl>
      )}
      {badge.overdue && (
        <p className="form-error" data-testid="device-overdue">
          {t('devices.page.overdue')}
        </p>
      )}
      <div className="device-card__actions">
        {register.active && (
          <Button variant="primary" onClick={onPair} data-testid="device-pair">
            {t('devices.actions.pair')}
          </Button>
        )}
        <Button onClick={onRename} data-testid="device-rename">
          {t('devices.actions.rename')}
        </Button>
        <Button
          variant={register.active ? 'danger' : 'secondary'}
          onClick={onToggle}
          data-testid="device-toggle"
        >
          {t(register.active ? 'devices.actions.disable' : 'devices.actions.enable')}
        </Button>
        {live && (
          <Button variant="danger" onClick={onRevoke} data-testid="device-revoke">
            {t('devices.actions.revoke')}
          </Button>
        )}
      </div>
    </article>
  );
}
