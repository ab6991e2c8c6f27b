import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { ManagerPinFields } from './manager-pin-fields';

/** What the manager approves: a discount of `basisPoints` on one ticket, of its sale or one line. */
export type ApprovalRequest = {
  readonly basisPoints: number;
  readonly limitBp: number;
  readonly ticketId: string;
  /** `ticket` (the sale discount) or the line's id. */
  readonly target: string;
};

export type ApprovalDialogProps = {
  readonly request: ApprovalRequest | null;
  readonly registerId: string;
  readonly onClose: () => void;
  readonly onApproved: (approvalId: string, approverName: string) => void;
};

/**
 * A discount beyond the cashier's limit: a manager approves it on the spot with user name and PIN,
 * for this one discount only.
 */
export function ApprovalDialog({ request, registerId, onClose, onApproved }: ApprovalDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={request !== null}
      onClose={onClose}
      title={t('register.approval.title')}
      testId="approval-dialog"
    >
      {request && <ApprovalForm request={request} registerId={registerId} onApproved={onApproved} />}
    </Dialog>
  );
}

function ApprovalForm({
  request,
  registerId,
  onApproved,
}: Omit<ApprovalDialogProps, 'request' | 'onClose'> & { readonly request: ApprovalRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [username, setUsername] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const approval = await api.call('approveDiscount', {
        body: {
          registerId,
          username: username.trim(),
          pin,
          basisPoints: request.basisPoints,
          ticketId: request.ticketId,
          target: request.target,
        },
      });
      onApproved(approval.id, approval.approverName);
    } catch (failure) {
      setError(errorMessage(t, failure));
      setPin('');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <p data-testid="approval-reason">
        {t('register.approval.reason', {
          requested: format.percent(request.basisPoints),
          limit: format.percent(request.limitBp),
        })}
      </p>
      <ManagerPinFields
        username={username}
        pin={pin}
        onUsername={setUsername}
        onPin={setPin}
        testId="approval"
      />
      {error && (
        <p className="form-error" role="alert" data-testid="approval-error">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <Button
          submit
          variant="primary"
          disabled={busy || !username.trim() || pin.length < 4}
          data-testid="approval-submit"
        >
          {t('register.approval.approve')}
        </Button>
      </div>
    </form>
  );
}
