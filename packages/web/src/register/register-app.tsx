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
import { DeviceRefused } from './pairing/device-refused';
import { PairRegister } from './pairing/pair-register';
import {
  type DeviceRefusal,
  type DeviceState,
  loadPairing,
  noteDeviceState,
  type Pairing,
} from './pairing/pairing';
import { useDeviceHeartbeat } from './pairing/use-device-heartbeat';
import { PinLogin } from './pin/pin-login';
import { RegisterSession } from './register-session';
import './register.css';

/**
 * `/register`: pairing of this browser with a register (once, by a code from the back office),
 * PIN sign-in of the cashier, then the sale screen. Signing out returns to the PIN screen; the
 * catalogue stays loaded. When the server refuses the device (revoked, register disabled) the
 * register says so and offers to pair again, with its unsent sales still there to export.
 */
export function RegisterApp() {
  const { t } = useTranslation();
  const { me, signedIn, signOut } = useSession();
  const [pairing, setPairing] = useState<Pairing | null>(() => loadPairing(browserStorage));
  // Pairing again (after a refusal, or as another register): the old pairing stays until a new one.
  const [pairingAgain, setPairingAgain] = useState(false);
  // A password session (owner, manager) chose to sell here without a PIN sign-in.
  const [continued, setContinued] = useState(false);

  const paired = useCallback((next: Pairing) => {
    setPairing(next);
    setPairingAgain(false);
  }, []);
  const note = useCallback((state: DeviceState) => {
    setPairing((current) => current && noteDeviceState(browserStorage, current, state));
  }, []);
  const refuse = useCallback((refused: DeviceRefusal) => note({ refused }), [note]);
  // A revoked or unknown device stays refused until paired again; a disabled register may come back.
  const refusedForGood = pairing?.refused === 'device_revoked' || pairing?.refused === 'device_not_paired';
  useDeviceHeartbeat(refusedForGood ? null : pairing, note);

  if (me === undefined) return <Loading />;

  const sellingHere =
    pairing !== null &&
    pairing.refused === null &&
    me !== null &&
    canSell(me) &&
    (me.registerId === pairing.registerId || (me.registerId === null && continued));

  if (pairing && me && sellingHere) {
    return (
      <RegisterSession
        enrolment={pairing}
        me={me}
        // A pairing always knows its store: there is nothing to find after sign-in.
        onEnrolment={() => undefined}
        onSignOut={async () => {
          setContinued(false);
          await signOut();
        }}
      />
    );
  }

  return (
    <div className="page">
      <TopBar title={pairing?.storeName ?? undefined}>
        {me && isManager(me) && (
          <Link href="/" className="btn btn--ghost" data-testid="register-home">
            {t('common.home')}
          </Link>
        )}
      </TopBar>
      <main className="page__main centered">
        {pairing?.refused && !pairingAgain ? (
          <DeviceRefused
            pairing={pairing}
            reason={pairing.refused}
            onPairAgain={() => setPairingAgain(true)}
          />
        ) : pairing && !pairingAgain ? (
          <>
            <PinLogin
              registerId={pairing.registerId}
              current={me && me.registerId === null && canSell(me) ? me : null}
              onSignedIn={(who: Me) => signedIn(who)}
              onRefused={refuse}
              onContinue={() => setContinued(true)}
            />
            {me && isManager(me) && (
              <Button variant="ghost" onClick={() => setPairingAgain(true)} data-testid="register-unenrol">
                {t('devices.pairing.change')}
              </Button>
            )}
          </>
        ) : (
          <PairRegister
            me={me}
            onPaired={paired}
            onCancel={pairing ? () => setPairingAgain(false) : undefined}
          />
        )}
      </main>
    </div>
  );
}
