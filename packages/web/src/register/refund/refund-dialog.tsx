import type { UnreceiptedReturn } from '@kassa/api';
import { receiptNumber } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';
import { errorMessage } from '../../shared/errors/error-message';
import type { CatalogIndex } from '../catalog/catalog-index';
import type { RegisterOutbox } from '../outbox/use-outbox';
import { ChooseLines } from './choose-lines';
import { lookUpSale } from './look-up-sale';
import { NoReceiptReturn } from './no-receipt-return';
import { RefundDone, type RefundOutcome, ReturnDone } from './refund-done';
import type { RefundView } from './refund-view';

export type RefundDialogProps = {
  readonly open: boolean;
  readonly index: CatalogIndex;
  readonly registerId: string;
  /** The register's code, for the numbers of its own receipts (null until known). */
  readonly registerCode: string | null;
  readonly shiftId: string;
  readonly outbox: RegisterOutbox;
  /** The signed-in person may take returns without a receipt alone (else a manager's PIN). */
  readonly mayApprove: boolean;
  readonly onClose: () => void;
  /** 换货: the cash given back pays for the replacement, rung up next. */
  readonly onExchange: (cash: number) => void;
};

/**
 * 退货: find the sale by its receipt number (scan the receipt), choose lines and quantities, refund;
 * or, without a receipt, scan the goods back at today's price with a manager's approval.
 */
export function RefundDialog(props: RefundDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={t('register.refund.title')}
      testId="refund-dialog"
      className="dialog--wide"
    >
      <RefundFlow {...props} />
    </Dialog>
  );
}

function RefundFlow(props: RefundDialogProps) {
  const { index, registerId, registerCode, shiftId, outbox, mayApprove, onClose, onExchange } = props;
  const [found, setFound] = useState<RefundView | null>(null);
  const [done, setDone] = useState<RefundOutcome | null>(null);
  const [noReceipt, setNoReceipt] = useState(false);
  const [returned, setReturned] = useState<UnreceiptedReturn | null>(null);
  if (returned)
    return (
      <ReturnDone
        returned={returned}
        currency={index.store.currency}
        onClose={onClose}
        onExchange={onExchange}
      />
    );
  if (noReceipt)
    return (
      <NoReceiptReturn
        index={index}
        registerId={registerId}
        shiftId={shiftId}
        mayApprove={mayApprove}
        onReturned={setReturned}
      />
    );
  if (done)
    return (
      <RefundDone
        refund={done}
        currency={found?.sale.currency ?? 'CNY'}
        onClose={onClose}
        onExchange={onExchange}
      />
    );
  if (!found) {
    const numberOf = (seq: number) =>
      registerCode === null ? null : receiptNumber(index.store.code, registerCode, false, seq);
    return (
      <FindSale
        registerId={registerId}
        numberOf={numberOf}
        onFound={setFound}
        onNoReceipt={() => setNoReceipt(true)}
      />
    );
  }
  return (
    <ChooseLines
      found={found}
      registerId={registerId}
      shiftId={shiftId}
      outbox={outbox}
      onRefunded={setDone}
    />
  );
}

function FindSale({
  registerId,
  numberOf,
  onFound,
  onNoReceipt,
}: {
  readonly registerId: string;
  readonly numberOf: (seq: number) => string | null;
  readonly onFound: (found: RefundView) => void;
  readonly onNoReceipt: () => void;
}) {
  const { t } = useTranslation();
  const [receiptNo, setReceiptNo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!receiptNo.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onFound(await lookUpSale(receiptNo.trim(), registerId, numberOf));
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field
        label={t('register.refund.receiptNo')}
        hint={t('register.refund.receiptHint')}
        error={error ?? undefined}
        testId="refund-receipt"
      >
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            value={receiptNo}
            onChange={(event) => setReceiptNo(event.target.value)}
            data-testid="refund-receipt-input"
          />
        )}
      </Field>
      <div className="dialog__actions">
        <Button variant="secondary" onClick={onNoReceipt} data-testid="refund-no-receipt">
          {t('register.refund.noReceipt.open')}
        </Button>
        <Button submit variant="primary" disabled={busy} data-testid="refund-find">
          {t('register.refund.find')}
        </Button>
      </div>
    </form>
  );
}
