import type { Me, StockTransfer, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { documentNumber } from '../stock/document-number';
import { TransferLines } from './transfer-lines';
import { TransferStepForm } from './transfer-step-form';
import type { TransferAction } from './use-transfer';

export type TransferNextStepProps = {
  readonly transfer: StockTransfer;
  readonly stores: readonly Store[];
  readonly me: Me;
  /** The location the goods leave, by name. */
  readonly fromName: string;
  readonly onAct: (action: TransferAction) => Promise<void>;
};

/**
 * The transfer's goods and its next step as the main button, for whoever may take it: approve (a
 * manager of the giving store), ship (the giving store), receive (the other); otherwise who it
 * waits for. Calling it off, before anything left, asks first.
 */
export function TransferNextStep({ transfer, stores, me, fromName, onAct }: TransferNextStepProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);
  const may = (permission: Me['permissions'][number]) => me.permissions.includes(permission);
  const sees = (storeId: string) => stores.some((s) => s.id === storeId);
  const storeName = (storeId: string) =>
    stores.find((s) => s.id === storeId)?.name ?? t('transfers.otherStore');
  const { status } = transfer;
  const ships = status === 'approved' && may('stock.transfer') && sees(transfer.fromStoreId);
  const receives = status === 'shipped' && may('stock.transfer') && sees(transfer.toStoreId);
  const approves = status === 'requested' && may('stock.transfer_approve') && sees(transfer.fromStoreId);
  const cancellable = (status === 'requested' || status === 'approved') && may('stock.transfer');
  const waiting =
    status === 'requested' && !approves
      ? t('transfers.wait.approval', { store: storeName(transfer.fromStoreId) })
      : status === 'approved' && !ships
        ? t('transfers.wait.ship', { store: storeName(transfer.fromStoreId) })
        : status === 'shipped' && !receives
          ? t('transfers.wait.receive', { store: storeName(transfer.toStoreId) })
          : null;

  const approve = () => {
    setBusy(true);
    setFailure(null);
    onAct({ step: 'approve' })
      .then(() => toast(t('transfers.approve.done'), 'success'))
      .catch(setFailure)
      .finally(() => setBusy(false));
  };

  return (
    <>
      {ships || receives ? (
        <TransferStepForm
          key={status}
          transfer={transfer}
          step={ships ? 'ship' : 'receive'}
          fromName={fromName}
          mayGoNegative={may('stock.negative')}
          onAct={async (action) => {
            await onAct(action);
            toast(t(`transfers.${action.step}.done`), 'success');
          }}
        />
      ) : (
        <TransferLines transfer={transfer} />
      )}
      {waiting !== null && (
        <p className="notice" data-testid="transfer-waiting">
          {waiting}
        </p>
      )}
      {failure !== null && (
        <p className="form-error" role="alert" data-testid="transfer-action-error">
          {errorMessage(t, failure)}
        </p>
      )}
      {(approves || cancellable) && (
        <div className="po-actions">
          {approves && (
            <Button
              variant="primary"
              size="lg"
              disabled={busy}
              onClick={approve}
              data-testid="transfer-approve"
            >
              {t('transfers.approve.submit')}
            </Button>
          )}
          {cancellable && (
            <Button variant="danger" onClick={() => setCancelling(true)} data-testid="transfer-cancel">
              {t('transfers.cancel.submit')}
            </Button>
          )}
        </div>
      )}
      {cancelling && (
        <ConfirmDialog
          title={t('transfers.cancel.title', { number: documentNumber('TR', transfer.number) })}
          confirmLabel={t('transfers.cancel.submit')}
          danger
          testId="cancel-transfer-dialog"
          onClose={() => setCancelling(false)}
          onConfirm={async () => {
            await onAct({ step: 'cancel' });
            setCancelling(false);
            toast(t('transfers.cancel.done'), 'success');
          }}
        >
          <p>{t('transfers.cancel.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
