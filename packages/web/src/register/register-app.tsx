import type { Me } from '@kassa/api';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../shared/components/button';
import { Link } from '../shared/components/link';
import { Loading } from '../shared/components/loading';
import { TopBar } from '../shared/components/top-bar';
import { canSell, isManager } from '../shared/session/roles';
import { useSession } from '../shared/session/use-session';
import { browserStorage } from '../shared/storage';
import { EnrolRegister } from './enrol/enrol-register';
import { clearEnrolment, type Enrolment, loadEnrolment, saveEnrolment } from './enrol/enrolment';
import { PinLogin } from './pin/pin-login';
import { RegisterSession } from './register-session';
import './register.css';

/**
 * `/register`: enrolment of this browser by a manager (once), PIN sign-in of the cashier, then the
 * sale screen. Signing out returns to the PIN screen; the catalogue stays loaded.
 */
export function RegisterApp() {
  const { t } = useTranslation();
  const { me, signedIn, signOut } = useSession();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(() => loadEnrolment(browserStorage));
  // A password session (owner, manager) chose to sell here without a PIN sign-in.
  const [continued, setContinued] = useState(false);

  const enrol = useCallback((next: Enrolment) => {
    saveEnrolment(browserStorage, next);
    setEnrolment(next);
  }, []);

  if (me === undefined) return <Loading />;

  const sellingHere =
    enrolment !== null &&
    me !== null &&
    canSell(me) &&
    (me.registerId === enrolment.registerId || (me.registerId === null && continued));

  if (enrolment && me && sellingHere) {
    return (
      <RegisterSession
        enrolment={enrolment}
        me={me}
        onEnrolment={enrol}
        onSignOut={async () => {
          setContinued(false);
          await signOut();
        }}
      />
    );
  }

  return (
    <div className="page">
      <TopBar title={enrolment?.storeName ?? undefined}>
        {me && isManager(me) && (
          <Link href="/" className="btn btn--ghost" data-testid="register-home">
            {t('common.home')}
          </Link>
        )}
      </TopBar>
      <main className="page__main centered">
        {enrolment ? (
          <>
            <PinLogin
              registerId={enrolment.registerId}
              current={me && me.registerId === null && canSell(me) ? me : null}
              onSignedIn={(who: Me) => signedIn(who)}
              onContinue={() => setContinued(true)}
            />
            {me && isManager(me) && (
              <Button
                variant="ghost"
                onClick={() => {
                  clearEnrolment(browserStorage);
                  setEnrolment(null);
                }}
                data-testid="register-unenrol"
              >
                {t('enrol.change')}
              </Button>
            )}
          </>
        ) : me && isManager(me) ? (
          <EnrolRegister onEnrol={enrol} />
        ) : (
          <section className="card" data-testid="enrol-needed">
            <h1>{t('enrol.title')}</h1>
            <p>{me ? t('enrol.askManager') : t('enrol.signInFirst')}</p>
            <Link
              href="/login?next=%2Fregister"
              className="btn btn--primary btn--lg"
              data-testid="enrol-sign-in"
            >
              {t('enrol.signIn')}
            </Link>
          </section>
        )}
      </main>
    </div>
  );
}
