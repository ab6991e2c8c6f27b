import type { Me } from '@kassa/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { errorCode, errorMessage } from '../../shared/errors/error-message';
import { type DeviceRefusal, isDeviceRefusal } from '../pairing/pairing';
import { PinPad } from './pin-pad';

export type PinLoginProps = {
  readonly registerId: string;
  readonly onSignedIn: (me: Me) => void;
  /** The server refused this device (revoked, not paired, register disabled): the register says so. */
  readonly onRefused: (refused: DeviceRefusal) => void;
  /** Someone already signed in by password who may sell here: offered as "continue as …". */
  readonly current: Me | null;
  readonly onContinue: () => void;
};

const MAX_PIN = 8;

/** A cashier signs in on this register with user name and PIN. */
export function PinLogin({ registerId, onSignedIn, onRefused, current, onContinue }: PinLoginProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || !username.trim() || pin.length < 4) return;
    setBusy(true);
    setError(null);
    try {
      const session = await api.call('pinLogin', { body: { registerId, username: username.trim(), pin } });
      onSignedIn(session.me);
    } catch (failure) {
      const code = errorCode(failure);
      if (isDeviceRefusal(code)) onRefused(code);
      setError(errorMessage(t, failure));
      setPin('');
      setBusy(false);
    }
  }

  return (
    <form className="card pin-login" onSubmit={submit} data-testid="pin-login" noValidate>
      <h1>{t('pin.title')}</h1>
      <Field label={t('pin.username')}>
        {(control) => (
          <input
            {...control}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            data-testid="pin-username"
          />
        )}
      </Field>
      <Field label={t('pin.pin')}>
        {(control) => (
          <input
            {...control}
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={MAX_PIN}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, MAX_PIN))}
            data-testid="pin-input"
          />
        )}
      </Field>
      <PinPad
        disabled={busy}
        onDigit={(d) => setPin((p) => (p + d).slice(0, MAX_PIN))}
        onBackspace={() => setPin((p) => p.slice(0, -1))}
        onClear={() => setPin('')}
      />
      {error && (
        <p className="form-error" role="alert" data-testid="pin-error">
          {error}
        </p>
      )}
      <Button
        submit
        variant="primary"
        size="lg"
        disabled={busy || !username.trim() || pin.length < 4}
        data-testid="pin-submit"
      >
        {t('pin.submit')}
      </Button>
      {current && (
        <Button variant="ghost" onClick={onContinue} data-testid="pin-continue">
          {t('pin.continueAs', { name: current.displayName })}
        </Button>
      )}
    </form>
  );
}
