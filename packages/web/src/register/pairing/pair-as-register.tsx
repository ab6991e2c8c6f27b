import type { RegisterDevice, Store } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import { pairAsRegister } from './pair-device';
import type { Pairing } from './pairing';

/**
 * The shortcut for an owner or manager signed in here: pick the store and register, and this
 * browser is paired as it at once (a code is created and redeemed, as at any till). A register
 * whose current device still has sales to upload says so: pairing here revokes that device.
 */
export function PairAsRegister({ onPaired }: { readonly onPaired: (pairing: Pairing) => void }) {
  const { t } = useTranslation();
  const [stores, setStores] = useState<readonly Store[] | null>(null);
  const [store, setStore] = useState<Store | null>(null);
  const [registers, setRegisters] = useState<readonly RegisterDevice[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.call('listStores').then(
      (page) => {
        setStores(page.items);
        if (page.items.length === 1) setStore(page.items[0] ?? null);
      },
      (failure: unknown) => setError(errorMessage(t, failure)),
    );
  }, [t]);

  useEffect(() => {
    if (!store) return;
    setRegisters(null);
    api.call('listDevices', { params: { storeId: store.id } }).then(
      (list) => setRegisters(list.items.filter((item) => item.register.active)),
      (failure: unknown) => setError(errorMessage(t, failure)),
    );
  }, [store, t]);

  async function pair(registerId: string) {
    setBusy(true);
    setError(null);
    try {
      onPaired(await pairAsRegister(registerId));
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <div className="pairing__shortcut" data-testid="pairing-shortcut">
      <h2>{t('devices.pairing.asRegister')}</h2>
      {error && (
        <p className="form-error" role="alert" data-testid="enrol-error">
          {error}
        </p>
      )}
      {!stores && !error && <Loading />}
      {stores && (
        <fieldset className="choice">
          <legend>{t('devices.pairing.store')}</legend>
          <div className="choice__options">
            {stores.map((s) => (
              <Button
                key={s.id}
                aria-pressed={s.id === store?.id}
                data-testid="enrol-store"
                data-store-code={s.code}
                onClick={() => setStore(s)}
              >
                {s.name}
              </Button>
            ))}
          </div>
        </fieldset>
      )}
      {store && registers && (
        <fieldset className="choice">
          <legend>{t('devices.pairing.register')}</legend>
          {registers.length === 0 && <p>{t('devices.pairing.noRegisters')}</p>}
          <div className="choice__options pairing__registers">
            {registers.map(({ register, device }) => {
              const pending = device && device.revokedAt === null ? device.outbox.pending : 0;
              return (
                <Button
                  key={register.id}
                  variant="primary"
                  disabled={busy}
                  data-testid="enrol-register"
                  data-register-code={register.code}
                  onClick={() => void pair(register.id)}
                >
                  {register.name} ({register.code})
                  {pending > 0 && (
                    <span className="pairing__replaces" data-testid="enrol-register-pending">
                      {t('devices.pairing.replaces', { n: pending })}
                    </span>
                  )}
                </Button>
              );
            })}
          </div>
        </fieldset>
      )}
    </div>
  );
}
