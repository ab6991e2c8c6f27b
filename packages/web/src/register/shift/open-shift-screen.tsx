import type { Shift } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { TopBar } from '../../shared/components/top-bar';
import { errorMessage } from '../../shared/errors/error-message';
import { newId } from '../../shared/new-id';
import { CashCountForm } from './cash-count-form';

export type OpenShiftScreenProps = {
  readonly registerId: string;
  readonly currency: string;
  readonly storeName: string;
  readonly cashier: string;
  readonly onOpened: (shift: Shift) => void;
  readonly onSignOut: () => void;
};

/** 开班: before the first sale the cashier counts the float into the drawer. */
export function OpenShiftScreen({
  registerId,
  currency,
  storeName,
  cashier,
  onOpened,
  onSignOut,
}: OpenShiftScreenProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // One id per attempt at opening: a retry after a lost answer opens the same shift, not a second.
  const [shiftId] = useState(() => newId());

  async function open(openingCount: { denomination: number; count: number }[]) {
    setBusy(true);
    setError(undefined);
    try {
      onOpened(
        await api.call('openShift', {
          body: { id: shiftId, registerId, openedAt: Date.now(), openingCount },
        }),
      );
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <TopBar title={storeName}>
        <span className="top-bar__user">{cashier}</span>
        <Button variant="ghost" onClick={onSignOut} data-testid="register-sign-out">
          {t('common.signOut')}
        </Button>
      </TopBar>
      <main className="page__main centered">
        <section className="card shift-card" data-testid="open-shift">
          <h1>{t('register.shift.openTitle')}</h1>
          <p>{t('register.shift.openHint')}</p>
          <CashCountForm
            currency={currency}
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
