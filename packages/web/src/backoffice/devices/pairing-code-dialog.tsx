import { PAIRING_CODE_TTL_MS, type Register } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Loading } from '../../shared/components/loading';
import { errorMessage } from '../../shared/errors/error-message';

/** 9:05 from 545 000 ms; never below 0:00. */
function minutesSeconds(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export type PairingCodeDialogProps = {
  readonly register: Register;
  /** A new device has paired with the register since the dialog opened. */
  readonly paired: boolean;
  readonly onClose: () => void;
};

/**
 * 配对: a one-time code for the register, large enough to read across the counter, with the time
 * left to use it (15 minutes). A new code replaces the old one. Says so once a device has paired.
 */
export function PairingCodeDialog({ register, paired, onClose }: PairingCodeDialogProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState<{ readonly digits: string; readonly deadline: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [now, setNow] = useState(() => Date.now());

  const create = useCallback(async () => {
    setError(null);
    setCode(null);
    try {
      const created = await api.call('createPairingCode', { params: { registerId: register.id } });
      // Counted down on this device's clock: the server's may differ.
      const now = Date.now();
      setNow(now);
      setCode({ digits: created.code, deadline: now + PAIRING_CODE_TTL_MS });
    } catch (failure) {
      setError(failure);
    }
  }, [register.id]);
  useEffect(() => {
    void create();
  }, [create]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const left = code ? code.deadline - now : 0;
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('devices.code.title', { register: register.name })}
      testId="pairing-code-dialog"
      className="pairing-code"
    >
      {paired ? (
        <p className="pairing-code__paired" role="status" data-testid="pairing-code-paired">
          {t('devices.code.paired')}
        </p>
      ) : error !== null ? (
        <p className="form-error" role="alert" data-testid="pairing-code-error">
          {errorMessage(t, error)}
        </p>
      ) : !code ? (
        <Loading />
      ) : left > 0 ? (
        <>
          <p className="pairing-code__value" data-testid="pairing-code-value" data-code={code.digits}>
            {code.digits.slice(0, 4)} {code.digits.slice(4)}
          </p>
          <p className="pairing-code__expires" data-testid="pairing-code-expires">
            {t('devices.code.expiresIn', { time: minutesSeconds(left) })}
          </p>
          <p className="muted">{t('devices.code.intro')}</p>
        </>
      ) : (
        <p className="form-error" data-testid="pairing-code-expired">
          {t('devices.code.expired')}
        </p>
      )}
      <div className="dialog__actions">
        {!paired && (
          <Button onClick={() => void create()} data-testid="pairing-code-renew">
            {t('devices.code.renew')}
          </Button>
        )}
        <Button variant="primary" onClick={onClose} data-testid="pairing-code-done">
          {t('common.close')}
        </Button>
      </div>
    </Dialog>
  );
}
