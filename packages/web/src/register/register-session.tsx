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
import { SaleScreen } from './sale-screen';

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
  if (catalog.status === 'loading') return <Loading testId="catalog-loading" />;
  if (catalog.status === 'error') {
    return (
      <Problem message={errorMessage(t, catalog.error)} onRetry={catalog.reload} onSignOut={onSignOut} />
    );
  }
  return (
    <SaleScreen
      index={catalog.index}
      registerId={enrolment.registerId}
      registerName={enrolment.registerName}
      cashier={me.displayName}
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
