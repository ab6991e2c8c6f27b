import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TopBar } from '../../shared/components/top-bar';
import type { OutboxStatus } from './outbox-store';
import { outboxStore } from './use-outbox';

const POLL_MS = 2000;

/**
 * What a second tab of a register shows: that it is read-only and why, and what waits to be
 * uploaded. No sign-out here: it would end the session the selling tab uploads with.
 */
export function ReadOnlyRegister({ registerId }: { readonly registerId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  useEffect(() => {
    const read = () => void outboxStore().then(async (store) => setStatus(await store.status(registerId)));
    read();
    const timer = setInterval(read, POLL_MS);
    return () => clearInterval(timer);
  }, [registerId]);
  return (
    <div className="page">
      <TopBar />
      <main className="page__main centered">
        <section className="card" data-testid="register-read-only" role="alert">
          <h2>{t('register.readOnly.title')}</h2>
          <p>{t('register.readOnly.body')}</p>
          {status && (
            <p data-testid="read-only-pending">
              {status.pending > 0
                ? t('register.outbox.pending', { n: status.pending })
                : t('register.outbox.synced')}
            </p>
          )}
        </section>
      </main>
    </div>
  );
}
