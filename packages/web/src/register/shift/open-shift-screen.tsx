import type { CountLine, Me, OpenShiftBody, Shift, Store } from '@kassa/api';
import { businessDate, countCash } from '@kassa/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { TopBar } from '../../shared/components/top-bar';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { newId } from '../../shared/new-id';
import { type RegisterOutbox, recorded } from '../outbox/use-outbox';
import { CashCountForm } from './cash-count-form';

export type OpenShiftScreenProps = {
  readonly registerId: string;
  readonly store: Store;
  readonly me: Me;
  readonly outbox: RegisterOutbox;
  readonly onOpened: (shift: Shift) => void;
  readonly onSignOut: () => void;
};

/**
 * 开班: before the first sale the cashier counts the float into the drawer. The opening goes
 * through the outbox like a sale: with the server out of reach the shift opens here and now, and
 * reaches the server before its first sale.
 */
export function OpenShiftScreen({
  registerId,
  store,
  me,
  outbox,
  onOpened,
  onSignOut,
}: OpenShiftScreenProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // One id per attempt at opening: a retry after a lost answer opens the same shift, not a second.
  const [shiftId] = useState(() => newId());

  async function open(openingCount: CountLine[]) {
    setBusy(true);
    setError(undefined);
    const body: OpenShiftBody = { id: shiftId, registerId, openedAt: Date.now(), openingCount };
    try {
      const result = await recorded(
        outbox.record({ id: shiftId, type: 'shift_open', payload: body }, (client) =>
          client.call('openShift', { body }),
        ),
      );
      if (result.status === 'recorded') return onOpened(result.value);
      toast(t('register.shift.openedOffline'), 'info');
      onOpened(openedHere(body, store, me));
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <TopBar title={store.name}>
        <span className="top-bar__user">{me.displayName}</span>
        {outbox.status.pending > 0 && (
          <span className="sync-badge sync-badge--pending" role="status" data-testid="open-shift-pending">
            {t('register.outbox.pending', { n: outbox.status.pending })}
          </span>
        )}
        <Button variant="ghost" onClick={onSignOut} data-testid="register-sign-out">
          {t('common.signOut')}
        </Button>
      </TopBar>
      <main className="page__main centered">
        <section className="card shift-card" data-testid="open-shift">
          <h1>{t('register.shift.openTitle')}</h1>
          <p>{t('register.shift.openHint')}</p>
          <CashCountForm
            currency={store.currency}
            submitLabel={t('register.shift.open')}
            testId="float-count"
            showTotal
            busy={busy}
            error={error}
            onSubmit={(lines) => void open(lines)}
          />
        </section>
      </main>
    </div>
  );
}

/** The shift as the server will have it, for a shift opened while the server is out of reach. */
function openedHere(body: OpenShiftBody, store: Store, me: Me): Shift {
  const float = countCash(store.currency, body.openingCount);
  return {
    id: body.id,
    storeId: store.id,
    registerId: body.registerId,
    status: 'open',
    openedBy: me.id,
    openedByName: me.displayName,
    openedAt: body.openedAt,
    businessDate: businessDate(body.openedAt, store.timeZone, store.businessDayCutoverMinutes),
    openingFloat: float.ok ? float.value : 0,
    closedAt: null,
    zReportId: null,
  };
}
