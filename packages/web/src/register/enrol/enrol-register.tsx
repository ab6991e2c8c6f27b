import type { Register, Store } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';
import type { Enrolment } from './enrolment';

/** An owner or manager picks the store and register this browser is: once per device. */
export function EnrolRegister({ onEnrol }: { readonly onEnrol: (enrolment: Enrolment) => void }) {
  const { t } = useTranslation();
  const [stores, setStores] = useState<readonly Store[] | null>(null);
  const [store, setStore] = useState<Store | null>(null);
  const [registers, setRegisters] = useState<readonly Register[] | null>(null);
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
    api.call('listRegisters', { params: { storeId: store.id } }).then(
      (page) => setRegisters(page.items.filter((r) => r.active)),
      (failure: unknown) => setError(errorMessage(t, failure)),
    );
  }, [store, t]);

  return (
    <section className="card enrol" data-testid="enrol">
      <h1>{t('enrol.title')}</h1>
      <p>{t('enrol.intro')}</p>
      {error && (
        <p className="form-error" role="alert" data-testid="enrol-error">
          {error}
        </p>
      )}
      {!stores && !error && <Loading />}
      {stores && (
        <fieldset className="choice">
          <legend>{t('enrol.store')}</legend>
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
          <legend>{t('enrol.register')}</legend>
          {registers.length === 0 && <p>{t('enrol.noRegisters')}</p>}
          <div className="choice__options">
            {registers.map((r) => (
              <Button
                key={r.id}
                variant="primary"
                data-testid="enrol-register"
                data-register-code={r.code}
                onClick={() =>
                  onEnrol({
                    registerId: r.id,
                    storeId: store.id,
                    registerName: r.name,
                    storeName: store.name,
                  })
                }
              >
                {r.name} ({r.code})
              </Button>
            ))}
          </div>
        </fieldset>
      )}
    </section>
  );
}
