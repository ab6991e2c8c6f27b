import type { Me, Shift } from '@kassa/api';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../shared/components/button';
import { Loading } from '../shared/components/loading';
import { TopBar } from '../shared/components/top-bar';
import { errorMessage } from '../shared/errors/error-message';
import type { CatalogIndex } from './catalog/catalog-index';
import { useCatalog } from './catalog/use-catalog';
import type { Enrolment } from './enrol/enrolment';
import { findRegisterStore } from './enrol/find-register-store';
import { ReadOnlyRegister } from './outbox/read-only-register';
import { receiptFloor, useOutbox } from './outbox/use-outbox';
import { useRegisterLock } from './outbox/use-register-lock';
import { SaleScreen } from './sale-screen';
import { OpenShiftScreen } from './shift/open-shift-screen';
import { useCurrentShift } from './shift/use-current-shift';
import { useRegisterInfo } from './use-register-info';

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
  return (
    <Desk
      index={catalog.index}
      enrolment={enrolment}
      me={me}
      shift={current.state.shift}
      onShift={current.set}
      onReload={catalog.reload}
      onSignOut={() => void onSignOut()}
    />
  );
}

/**
 * The register in this tab, once it holds the register's lock: its outbox runs here, under both
 * screens, so what was done offline keeps uploading between shifts too.
 */
function Desk({
  index,
  enrolment,
  me,
  shift,
  onShift,
  onReload,
  onSignOut,
}: {
  readonly index: CatalogIndex;
  readonly enrolment: Enrolment;
  readonly me: Me;
  readonly shift: Shift | null;
  readonly onShift: (shift: Shift | null) => void;
  readonly onReload: () => void;
  readonly onSignOut: () => void;
}) {
  const info = useRegisterInfo(index.store.id, enrolment.registerId);
  const floor = useMemo(() => receiptFloor(info.register, info.askedAt), [info.register, info.askedAt]);
  const outbox = useOutbox(me.id, enrolment.registerId, floor);
  if (!shift) {
    return (
      <OpenShiftScreen
        registerId={enrolment.registerId}
        store={index.store}
        me={me}
        outbox={outbox}
        onOpened={onShift}
        onSignOut={onSignOut}
      />
    );
  }
  return (
    <SaleScreen
      index={index}
      registerId={enrolment.registerId}
      registerName={enrolment.registerName}
      registerInfo={info}
      outbox={outbox}
      me={me}
      shift={shift}
      onShiftClosed={() => onShift(null)}
      onReload={onReload}
      onSignOut={onSignOut}
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
