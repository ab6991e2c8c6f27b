import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { errorMessage } from '../../shared/errors/error-message';
import { redeemPairingCode } from './pair-device';
import type { Pairing } from './pairing';

/** '12345678' → '1234 5678' while typing: the way the back office shows it. */
function grouped(digits: string): string {
  return digits.length > 4 ? `${digits.slice(0, 4)} ${digits.slice(4)}` : digits;
}

/** Anyone at the till types the 8-digit code the back office showed; no sign-in needed. */
export function PairWithCode({ onPaired }: { readonly onPaired: (pairing: Pairing) => void }) {
  const { t } = useTranslation();
  const [digits, setDigits] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || digits.length !== 8) return;
    setBusy(true);
    setError(null);
    try {
      onPaired(await redeemPairingCode(digits));
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <form className="pairing__code" onSubmit={submit} noValidate data-testid="pairing-form">
      <Field label={t('devices.pairing.code')} hint={t('devices.pairing.codeHint')}>
        {(control) => (
          <input
            {...control}
            name="pairing-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            placeholder="1234 5678"
            value={grouped(digits)}
            onChange={(e) => setDigits(e.target.value.replace(/\D/g, '').slice(0, 8))}
            data-testid="pairing-code"
          />
        )}
      </Field>
      {error && (
        <p className="form-error" role="alert" data-testid="pairing-error">
          {error}
        </p>
      )}
      <Button
        submit
        variant="primary"
        size="lg"
        disabled={busy || digits.length !== 8}
        data-testid="pairing-submit"
      >
        {busy ? t('devices.pairing.pairing') : t('devices.pairing.submit')}
      </Button>
    </form>
  );
}
