import type { Me } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../shared/components/button';
import { Loading } from '../shared/components/loading';
import { TopBar } from '../shared/components/top-bar';
import { errorMessage } from '../shared/errors/error-message';
import { useCatalog } from './catalog/use-catalog';
import type { Enrolment } from './enrol/enrolment';
import { findRegisterStore } from './enrol/find-register-store';
import { ReadOnlyRegister } from './outbox/read-only-register';
import { useRegisterLock } from './outbox/use-register-lock';
import { SaleScreen } from './sale-screen';
import { OpenShiftScreen } from './shift/open-shift-screen';
import { useCurrentShift } from './shift/use-current-shift';

export type RegisterSessionProps = {
  readonly enrolment: Enrolment;
  readonly me: Me;
  readonly onEnrolment: (enrolment: Enrolment) => void;
  readonly onSignOut: () => Promise<void>;
};

/** A signed-in register: finds its store if only the register id is known, loads the catalogue. */
export function RegisterSession({ enrolment, me, onEnrolment, onSignOut }: RegisterSessionProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const { storeId } = enrolment;

  useEffect(() => {
    if (storeId) return;
    findRegisterStore(enrolment.registerId).then(
      (found) => (found ? onEnrolment(found) : setError({ code: 'register_not_found' })),
      setError,
    );
  }, [storeId, enrolment.registerId, onEnrolment]);

  if (error) return <Problem message={errorMessage(t, error)} onSignOut={onSignOut} />;
  if (!storeId) return <Loading />;
  return <CatalogGate storeId={storeId} enrolment={enrolment} me={me} onSignOut={onSignOut} />;
}

function CatalogGate({
  storeId,
  enrolment,
  me,
  onSignOut,
}: Omit<RegisterSessionProps, 'onEnrolment'> & { readonly storeId: string }) {
  const { t } = useTranslation();
  const catalog = useCatalog(storeId);
  const current = useCurrentShift(enrolment.registerId);
  const role = useRegisterLock(enrolment.registerId);
  if (role === 'reader') return <ReadOnlyRegister registerId={enrolment.registerId} />;
  if (role === 'pending' || catalog.status === 'loading' || current.state.status === 'loading') {
    return <Loading testId="catalog-loading" />;
  }
  if (catalog.status === 'error' || current.state.status === 'error') {
    const failed = catalog.status === 'error' ? catalog : null;
    return (
      <Problem
        message={errorMessage(
          t,
          failed ? failed.error : current.state.status === 'error' && current.state.error,
        )}
        onRetry={failed ? failed.reload : current.reload}
        onSignOut={onSignOut}
      />
    );
  }
  const { shift } = current.state;
  if (!shift) {
    return (
      <OpenShiftScreen
        registerId={enrolment.registerId}
        currency={catalog.index.store.currency}
        storeName={catalog.index.store.name}
        cashier={me.displayName}
        onOpened={current.set}
        onSignOut={() => void onSignOut()}
      />
    );
  }
  return (
    <SaleScreen
      index={catalog.index}
      registerId={enrolment.registerId}
      registerName={enrolment.registerName}
      me={me}
      shift={shift}
      onShiftClosed={() => current.set(null)}
      onReload={catalog.reload}
      onSignOut={() => void onSignOut()}
    />
  );
}

function Problem({
  message,
  onRetry,
  onSignOut,
}: {
  readonly message: string;
  readonly onRetry?: () => void;
  readonly onSignOut: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <TopBar />
      <main className="page__main centered">
        <section className="card" data-testid="catalog-error">
          <p className="form-error" role="alert">
            {message}
          </p>
          <div className="dialog__actions">
            {onRetry && (
              <Button variant="primary" onClick={onRetry} data-testid="catalog-retry">
                {t('common.retry')}
              </Button>
            )}
            <Button onClick={() => void onSignOut()}>{t('common.signOut')}</Button>
          </div>
        </section>
      </main>
    </div>
  );
}
