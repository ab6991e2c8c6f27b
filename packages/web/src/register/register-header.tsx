import { useTranslation } from 'react-i18next';
import { Button } from '../shared/components/button';
import { TopBar } from '../shared/components/top-bar';

export type RegisterHeaderProps = {
  readonly storeName: string;
  readonly registerName: string | null;
  readonly cashier: string;
  /** What waits in the outbox; null until it was read (nothing is claimed before). */
  readonly pending: number | null;
  /** The server cannot be reached (no network, or the last upload failed). */
  readonly offline: boolean;
  /** Opens the sync status panel. */
  readonly onSync: () => void;
  readonly onShift: () => void;
  /** Opens the printer settings; absent without `register.manage`. */
  readonly onPrinter: (() => void) | undefined;
  /** Opens a refund by receipt; absent without `refund.create`. */
  readonly onRefund: (() => void) | undefined;
  readonly training: boolean;
  /** Switches training mode; absent when this user may not (or a sale is being rung up). */
  readonly onTraining: (() => void) | undefined;
  readonly onReload: () => void;
  readonly onSignOut: () => void;
};

/** Store, register, cashier, the outbox state, and the reload / settings / sign-out actions. */
export function RegisterHeader({
  storeName,
  registerName,
  cashier,
  pending,
  offline,
  onSync,
  onShift,
  onPrinter,
  onRefund,
  training,
  onTraining,
  onReload,
  onSignOut,
}: RegisterHeaderProps) {
  const { t } = useTranslation();
  return (
    <TopBar
      title={
        <>
          <span data-testid="register-store-name">{storeName}</span>
          {registerName && (
            <>
              {' · '}
              <span data-testid="register-name">{registerName}</span>
            </>
          )}
        </>
      }
    >
      <span className="top-bar__user" data-testid="register-cashier">
        {cashier}
      </span>
      <button
        type="button"
        className={`sync-badge ${pending ? 'sync-badge--pending' : ''} ${offline ? 'sync-badge--offline' : ''}`}
        onClick={onSync}
        data-testid="pending-sales"
        data-count={pending ?? undefined}
        data-offline={offline}
      >
        <span role="status">
          {pending === null
            ? '…'
            : offline
              ? pending > 0
                ? t('register.outbox.offline', { n: pending })
                : t('register.outbox.offlineNone')
              : pending > 0
                ? t('register.outbox.pending', { n: pending })
                : t('register.outbox.synced')}
        </span>
      </button>
      <Button
        variant="ghost"
        onClick={() => window.open('/display', 'kassa-customer-display')}
        data-testid="register-open-display"
      >
        {t('display.open')}
      </Button>
      {training && (
        <span className="training-badge" role="status" data-testid="training-badge">
          {t('register.training.badge')}
        </span>
      )}
      {onTraining && (
        <Button variant="ghost" onClick={onTraining} data-testid="register-training" aria-pressed={training}>
          {t(training ? 'register.training.leave' : 'register.training.enter')}
        </Button>
      )}
      {onRefund && (
        <Button variant="ghost" onClick={onRefund} data-testid="register-refund">
          {t('register.refund.open')}
        </Button>
      )}
      <Button variant="ghost" onClick={onShift} data-testid="register-shift">
        {t('register.shift.menu')}
      </Button>
      {onPrinter && (
        <Button variant="ghost" onClick={onPrinter} data-testid="register-printer">
          {t('register.printer.open')}
        </Button>
      )}
      <Button
        variant="ghost"
        className="icon-button"
        aria-label={t('register.reloadCatalog')}
        title={t('register.reloadCatalog')}
        onClick={onReload}
        data-testid="register-reload-catalog"
      >
        ⟳
      </Button>
      <Button variant="ghost" onClick={onSignOut} data-testid="register-sign-out">
        {t('common.signOut')}
      </Button>
    </TopBar>
  );
}
