import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import type { OutboxStatus } from '../outbox/outbox-store';
import { SyncPanel } from '../outbox/sync-panel';
import { outboxStore } from '../outbox/use-outbox';
import type { DeviceRefusal, Pairing } from './pairing';
import './pairing.css';

const POLL_MS = 2000;

/**
 * What the register shows when the server no longer takes this browser as the register: revoked,
 * not paired (the server does not know it), or the register disabled. It says so plainly, offers
 * to pair again, and keeps the outbox in sight: unsent sales stay on this device and can be
 * exported from the sync panel; nothing is dropped.
 */
export function DeviceRefused({
  pairing,
  reason,
  onPairAgain,
}: {
  readonly pairing: Pairing;
  readonly reason: DeviceRefusal;
  readonly onPairAgain: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const [panel, setPanel] = useState(false);
  const read = async () => setStatus(await (await outboxStore()).status(pairing.registerId));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` only depends on the register id
  useEffect(() => {
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => clearInterval(timer);
  }, [pairing.registerId]);

  return (
    <section className="card device-refused" role="alert" data-testid="device-refused" data-reason={reason}>
      <h1>{t(`devices.refused.${reason}.title`)}</h1>
      <p>
        {t(`devices.refused.${reason}.body`, { register: pairing.registerName, store: pairing.storeName })}
      </p>
      {status && (
        <p className={status.pending > 0 ? 'device-refused__pending' : 'muted'} data-testid="refused-pending">
          {status.pending > 0
            ? t('devices.refused.pending', { n: status.pending })
            : t('devices.refused.synced')}
        </p>
      )}
      <div className="dialog__actions">
        <Button onClick={() => setPanel(true)} data-testid="refused-outbox">
          {t('devices.refused.outbox')}
        </Button>
        <Button variant="primary" onClick={onPairAgain} data-testid="refused-pair-again">
          {t('devices.refused.pairAgain')}
        </Button>
      </div>
      {status && (
        <SyncPanel
          open={panel}
          onClose={() => setPanel(false)}
          status={status}
          lastError={{ code: reason }}
          timeZone={pairing.timeZone}
          // Nothing can be sent from a device the server refuses: "send now" looks again instead.
          onSendNow={() => void read()}
          onChanged={() => void read()}
        />
      )}
    </section>
  );
}
