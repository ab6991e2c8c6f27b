import type { Me, RegisterDevice, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { Loading } from '../../shared/components/loading';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { liveDevice, statusBadge } from './device-status';
import { OfflineLimit } from './offline-limit';
import { PairingCodeDialog } from './pairing-code-dialog';
import { RegisterCard } from './register-card';
import { RegisterFormDialog } from './register-form-dialog';
import { useStoreDevices } from './use-store-devices';
import './devices.css';

/** What the page is asking or showing over the list; the register is named by id so it stays current. */
type Open =
  | { readonly kind: 'add' }
  | { readonly kind: 'rename' | 'replace' | 'revoke' | 'disable'; readonly registerId: string }
  | { readonly kind: 'code'; readonly registerId: string; readonly deviceBefore: string | null };

/**
 * `/backoffice/devices`, 收银机管理: the store's registers, each with its status (在线 / 离线 N 分钟 /
 * 未配对 / 已停用), its device's last contact, app version and outbox, and the actions: add, pair
 * (a one-time code), rename, disable / enable, revoke. Revoking or replacing a device first says
 * how many sales it has not uploaded.
 */
export function DevicesPage({ store, me }: { readonly store: Store; readonly me: Me }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { devices, error, reload } = useStoreDevices(store.id);
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  const done = async (message: string) => {
    close();
    toast(message, 'success');
    await reload();
  };
  const find = (registerId: string) => devices?.items.find((item) => item.register.id === registerId);
  const current = open && open.kind !== 'add' ? find(open.registerId) : undefined;
  const pendingOf = (item: RegisterDevice | undefined) => (item && liveDevice(item)?.outbox.pending) ?? 0;

  // Enabling takes nothing away: no question asked.
  const enable = async (item: RegisterDevice) => {
    try {
      await api.call('updateRegister', { params: { registerId: item.register.id }, body: { active: true } });
      await done(t('devices.done.enabled', { register: item.register.name }));
    } catch (failure) {
      toast(errorMessage(t, failure), 'error');
    }
  };
  const pair = (item: RegisterDevice) => {
    const live = liveDevice(item);
    // Pairing a new device revokes the current one: say so (and what it has not uploaded) first.
    setOpen(
      live
        ? { kind: 'replace', registerId: item.register.id }
        : { kind: 'code', registerId: item.register.id, deviceBefore: null },
    );
  };

  return (
    <section className="bo-page" data-testid="devices-page">
      <header className="bo-page__header">
        <h1>{t('devices.page.title')}</h1>
        <Button variant="primary" onClick={() => setOpen({ kind: 'add' })} data-testid="devices-add">
          {t('devices.actions.add')}
        </Button>
      </header>
      {devices && (
        <OfflineLimit
          storeId={store.id}
          hours={devices.offlineAlertHours}
          canEdit={me.permissions.includes('settings.manage')}
          onSaved={() => void reload()}
        />
      )}
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {!devices && error === null && <Loading />}
      {devices?.items.length === 0 && <p className="muted">{t('devices.page.empty')}</p>}
      <div className="device-list">
        {devices?.items.map((item) => (
          <RegisterCard
            key={item.register.id}
            item={item}
            badge={statusBadge(item, devices.now, devices.offlineAlertHours)}
            timeZone={store.timeZone}
            onPair={() => pair(item)}
            onRename={() => setOpen({ kind: 'rename', registerId: item.register.id })}
            onToggle={() =>
              item.register.active
                ? setOpen({ kind: 'disable', registerId: item.register.id })
                : void enable(item)
            }
            onRevoke={() => setOpen({ kind: 'revoke', registerId: item.register.id })}
          />
        ))}
      </div>

      {open?.kind === 'add' && (
        <RegisterFormDialog
          mode="add"
          onClose={close}
          onSubmit={async (input) => {
            const register = await api.call('createRegister', { params: { storeId: store.id }, body: input });
            await done(t('devices.done.added', { register: register.name }));
          }}
        />
      )}
      {open?.kind === 'rename' && current && (
        <RegisterFormDialog
          mode="rename"
          initialName={current.register.name}
          onClose={close}
          onSubmit={async ({ name }) => {
            await api.call('updateRegister', { params: { registerId: current.register.id }, body: { name } });
            await done(t('devices.done.renamed', { register: name }));
          }}
        />
      )}
      {open?.kind === 'replace' && current && (
        <ConfirmDialog
          title={t('devices.replace.title', { register: current.register.name })}
          confirmLabel={t('devices.replace.confirm')}
          testId="replace-dialog"
          onClose={close}
          onConfirm={async () =>
            setOpen({
              kind: 'code',
              registerId: current.register.id,
              deviceBefore: liveDevice(current)?.id ?? null,
            })
          }
        >
          <p>{t('devices.replace.body')}</p>
          <PendingWarning pending={pendingOf(current)} testId="replace-pending" />
        </ConfirmDialog>
      )}
      {open?.kind === 'code' && current && (
        <PairingCodeDialog
          register={current.register}
          paired={(liveDevice(current)?.id ?? null) !== open.deviceBefore && liveDevice(current) !== null}
          onClose={() => {
            close();
            void reload();
          }}
        />
      )}
      {open?.kind === 'revoke' && current && (
        <ConfirmDialog
          title={t('devices.revoke.title', { register: current.register.name })}
          confirmLabel={t('devices.revoke.confirm')}
          danger
          testId="revoke-dialog"
          onClose={close}
          onConfirm={async () => {
            const device = liveDevice(current);
            if (device) await api.call('revokeDevice', { params: { deviceId: device.id } });
            await done(t('devices.done.revoked', { register: current.register.name }));
          }}
        >
          <p>{t('devices.revoke.body')}</p>
          <PendingWarning pending={pendingOf(current)} testId="revoke-pending" />
        </ConfirmDialog>
      )}
      {open?.kind === 'disable' && current && (
        <ConfirmDialog
          title={t('devices.disable.title', { register: current.register.name })}
          confirmLabel={t('devices.disable.confirm')}
          danger
          testId="disable-dialog"
          onClose={close}
          onConfirm={async () => {
            await api.call('updateRegister', {
              params: { registerId: current.register.id },
              body: { active: false },
            });
            await done(t('devices.done.disabled', { register: current.register.name }));
          }}
        >
          <p>{t('devices.disable.body')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** "N sales not uploaded" in red, or that everything was uploaded (as of the device's last heartbeat). */
function PendingWarning({ pending, testId }: { readonly pending: number; readonly testId: string }) {
  const { t } = useTranslation();
  return pending > 0 ? (
    <p className="form-error" role="alert" data-testid={testId}>
      {t('devices.pending.warning', { n: pending })}
    </p>
  ) : (
    <p className="muted" data-testid={testId}>
      {t('devices.pending.none')}
    </p>
  );
}
