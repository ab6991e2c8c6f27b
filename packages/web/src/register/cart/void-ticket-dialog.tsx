import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';

export type VoidTicketDialogProps = {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Voids the ticket (journaled as aborted); answers a message when it could not. */
  readonly onVoid: () => Promise<string | null>;
};

/** 整单作废: the cashier confirms abandoning the whole ticket before payment. */
export function VoidTicketDialog({ open, onClose, onVoid }: VoidTicketDialogProps) {
  const { t } = useTranslation();
  const [voiding, setVoiding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog open={open} onClose={onClose} title={t('register.cart.clearTitle')} testId="clear-dialog">
      <p>{t('register.cart.clearText')}</p>
      {error && (
        <p className="form-error" role="alert" data-testid="clear-error">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="danger"
          disabled={voiding}
          onClick={async () => {
            setVoiding(true);
            const failure = await onVoid();
            setVoiding(false);
            setError(failure);
            if (!failure) onClose();
          }}
          data-testid="clear-confirm"
        >
          {t('register.cart.clear')}
        </Button>
      </div>
    </Dialog>
  );
}
