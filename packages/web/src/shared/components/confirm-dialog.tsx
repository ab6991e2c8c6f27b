import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors/error-message';
import { Button } from './button';
import { Dialog } from './dialog';

export type ConfirmDialogProps = {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** Red: the action takes something away (revoke, disable). */
  readonly danger?: boolean;
  /** Does it; a failure is shown in the dialog, which then stays open. */
  readonly onConfirm: () => Promise<void>;
  readonly onClose: () => void;
  /** The dialog's test id; its buttons get `<testId>-confirm` and `<testId>-cancel`. */
  readonly testId: string;
};

/** Asks before an action, saying what it will do; mounted only while asking. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
  testId,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} title={title} testId={testId}>
      {children}
      {error !== null && (
        <p className="form-error" role="alert" data-testid={`${testId}-error`}>
          {errorMessage(t, error)}
        </p>
      )}
      <div className="dialog__actions">
        <Button onClick={onClose} data-testid={`${testId}-cancel`}>
          {t('common.cancel')}
        </Button>
        <Button
          variant={danger ? 'danger' : 'primary'}
          disabled={busy}
          onClick={() => void confirm()}
          data-testid={`${testId}-confirm`}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
