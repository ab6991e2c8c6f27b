import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { StorageWarning } from '../catalog/storage-warning';
import type { OutboxStatus, RejectedEntry } from './outbox-store';
import { outboxStore } from './use-outbox';

export type SyncPanelProps = {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly status: OutboxStatus;
  /** Why the last push failed; null when it went through. */
  readonly lastError: unknown;
  readonly timeZone: string;
  /** Sends now (a push waiting out its backoff goes at once). */
  readonly onSendNow: () => void;
  /** Re-reads the outbox after a change made here. */
  readonly onChanged: () => void;
};

/** Saves a file of the sales that could not be sent, for a manager to hand over: nothing is ever just dropped. */
function download(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * 同步状态: how many sales wait to be sent and since when, when the server last took some, why the
 * last attempt failed, and the sales the server refused, each with "send again"; everything not
 * yet on the server can be exported to a file.
 */
export function SyncPanel({
  open,
  onClose,
  status,
  lastError,
  timeZone,
  onSendNow,
  onChanged,
}: SyncPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [rejected, setRejected] = useState<readonly RejectedEntry[]>([]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new outbox status re-reads the list
  useEffect(() => {
    if (!open) return;
    void outboxStore()
      .then((store) => store.rejected())
      .then(setRejected);
  }, [open, status]);

  const resend = async (id: string) => {
    await (await outboxStore()).resend(id);
    onChanged();
    onSendNow();
  };
  const exportAll = async () => {
    const store = await outboxStore();
    download(`kassa-outbox-${Date.now()}.json`, {
      pending: await store.all(),
      rejected: await store.rejected(),
    });
  };
  const when = (at: number | null) =>
    at === null ? t('register.sync.never') : format.dateTime(at, timeZone);

  return (
    <Dialog open={open} onClose={onClose} title={t('register.sync.title')} testId="sync-panel">
      <div className="dialog__body">
        <dl className="sync-panel__figures">
          <dt>{t('register.sync.pending')}</dt>
          <dd data-testid="sync-pending">{status.pending}</dd>
          <dt>{t('register.sync.oldest')}</dt>
          <dd data-testid="sync-oldest">{when(status.oldestQueuedAt)}</dd>
          <dt>{t('register.sync.lastSuccess')}</dt>
          <dd data-testid="sync-last-success">{when(status.lastSuccessAt)}</dd>
        </dl>
        <StorageWarning />
        {lastError !== null && (
          <p className="form-error" role="alert" data-testid="sync-last-error">
            {t('register.sync.lastError', { message: errorMessage(t, lastError) })}
          </p>
        )}
        {rejected.length > 0 && (
          <section data-testid="sync-rejected">
            <h3>{t('register.sync.rejected', { n: rejected.length })}</h3>
            <ul className="sync-panel__rejected">
              {rejected.map((entry) => (
                <li key={entry.id} data-testid="sync-rejected-entry">
                  <span>
                    {t(`register.sync.kind.${entry.type}`)} · {format.dateTime(entry.queuedAt, timeZone)} ·{' '}
                    {errorMessage(t, entry.error)}
                  </span>
                  <Button onClick={() => void resend(entry.id)} data-testid="sync-resend">
                    {t('register.sync.resend')}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <div className="dialog__actions">
        <Button onClick={() => void exportAll()} data-testid="sync-export">
          {t('register.sync.export')}
        </Button>
        <Button variant="primary" onClick={onSendNow} data-testid="sync-send-now">
          {t('register.sync.sendNow')}
        </Button>
      </div>
    </Dialog>
  );
}
