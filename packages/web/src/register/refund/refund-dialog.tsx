import type { Refund, RefundBody, UnreceiptedReturn } from '@kassa/api';
import { receiptNumber, refundAmount, refundToTenders } from '@kassa/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';
import { errorMessage, LocalError } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { newId } from '../../shared/new-id';
import { parseLineQuantity } from '../cart/parse-quantity';
import type { CatalogIndex } from '../catalog/catalog-index';
import { classifySaleFailure } from '../outbox/sale-failure';
import { outboxStore, type RegisterOutbox } from '../outbox/use-outbox';
import { NoReceiptReturn } from './no-receipt-return';
import { localRefundView, type RefundView, serverRefundView } from './refund-view';

/** How long the lookup waits for the server before it looks among this register's own sales. */
const LOOKUP_WAIT_MS = 4000;

/** What a refund gave back, as the done screen shows it; `queued`: saved here, uploaded later. */
type RefundOutcome = Pick<Refund, 'total' | 'tenders'> & { readonly queued: boolean };

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

/**
 * The sale by receipt number: from the server, or — when it cannot be reached in time — from this
 * register's own sales of the last week (a return with a receipt this register knows).
 */
async function lookUp(
  receiptNo: string,
  registerId: string,
  numberOf: (seq: number) => string | null,
): Promise<RefundView> {
  const asked = api.call('refundableSale', { params: { receiptNo } }).then(serverRefundView);
  const waited = await Promise.race([
    asked.then(
      (view) => ({ view }),
      (error: unknown) => ({ error }),
    ),
    new Promise<{ error: null }>((resolve) => setTimeout(() => resolve({ error: null }), LOOKUP_WAIT_MS)),
  ]);
  if ('view' in waited) return waited.view;
  if (waited.error !== null && classifySaleFailure(waited.error) !== 'retry') throw waited.error;
  const recent = await (await outboxStore()).recent(registerId);
  const local = localRefundView(recent, receiptNo, (sale) => numberOf(sale.payload.receiptSeq ?? 0) ?? '');
  if (!local) throw new LocalError('refund_offline_unknown');
  return local;
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
      onFound(await lookUp(receiptNo.trim(), registerId, numberOf));
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

function ChooseLines({
  found,
  registerId,
  shiftId,
  outbox,
  onRefunded,
}: {
  readonly found: RefundView;
  readonly registerId: string;
  readonly shiftId: string;
  readonly outbox: RegisterOutbox;
  readonly onRefunded: (refund: RefundOutcome) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { sale } = found;
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [damaged, setDamaged] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Id and time fixed at the first submit: posting again after a lost answer is the same refund.
  const attempt = useRef<{ readonly id: string; readonly at: number } | null>(null);

  const chosen = found.lines.flatMap((entry) => {
    const line = sale.lines.find((l) => l.id === entry.lineId);
    const text = quantities[entry.lineId]?.trim() ?? '';
    if (!line || text === '' || text === '0') return [];
    const parsed = parseLineQuantity(text, line.unit);
    const quantity = parsed.ok ? parsed.value : -1;
    const amount = quantity > 0 ? refundAmount(entry, quantity) : null;
    return [{ entry, line, quantity, amount }];
  });
  const invalid = chosen.some((c) => c.amount === null);
  const total = chosen.reduce((sum, c) => sum + (c.amount ?? 0), 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0 || invalid) return;
    setBusy(true);
    setError(null);
    attempt.current ??= { id: newId(), at: Date.now() };
    const { id, at } = attempt.current;
    const body: RefundBody = {
      id,
      saleId: sale.id,
      registerId,
      shiftId,
      at,
      lines: chosen.map((c) => ({
        lineId: c.line.id,
        quantity: c.quantity,
        ...(damaged[c.line.id] ? { damaged: true } : {}),
      })),
    };
    try {
      onRefunded(await refund(body, total));
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  /**
   * Through the outbox, like a sale: recorded by the server now, or saved here and uploaded later
   * with the figure the customer got. A sale paid partly by QR is refunded online only: the
   * wallet's share goes back through the payment gateway, which only the server reaches.
   */
  async function refund(body: RefundBody, total: number): Promise<RefundOutcome> {
    if (found.qr) {
      if (found.offline) throw new LocalError('refund_qr_offline');
      return { ...(await api.call('refundSale', { body })), queued: false };
    }
    const result = await outbox.record(
      { id: body.id, type: 'refund', payload: { ...body, expectedTotal: total } },
      () => api.call('refundSale', { body }),
    );
    if (result.status === 'rejected') throw result.error;
    if (result.status === 'recorded') return { ...result.value, queued: false };
    const tenders = found.offline?.tenders ?? [];
    const parts = tenders.length > 0 ? refundToTenders(total, tenders) : [];
    return {
      total,
      tenders: tenders.flatMap((tender, index) => {
        const amount = parts[index] ?? 0;
        return amount > 0
          ? [
              {
                kind: tender.kind,
                amount,
                reference: tender.reference,
                brand: tender.brand,
                last4: tender.last4,
              },
            ]
          : [];
      }),
      queued: true,
    };
  }

  return (
    <form onSubmit={submit} noValidate data-testid="refund-lines">
      <p>
        {t('register.refund.saleOf', {
          receiptNo: sale.receiptNo,
          at: format.dateTime(sale.createdAt),
          total: format.money(sale.dueAfterRounding, sale.currency),
        })}
      </p>
      <table className="refund-table">
        <tbody>
          {found.lines.map((entry) => {
            const line = sale.lines.find((l) => l.id === entry.lineId);
            if (!line) return null;
            const left = entry.quantity - entry.refundedQuantity;
            return (
              <tr key={entry.lineId} data-testid="refund-line" data-sku={line.sku}>
                <th scope="row">
                  {line.name}
                  <div className="muted">
                    {t('register.refund.left', { n: format.quantity(left, line.unit) })}
                  </div>
                </th>
                <td>
                  <input
                    className="input refund-table__qty"
                    inputMode="decimal"
                    aria-label={t('register.refund.quantity')}
                    disabled={left === 0}
                    value={quantities[entry.lineId] ?? ''}
                    onChange={(event) => setQuantities({ ...quantities, [entry.lineId]: event.target.value })}
                    data-testid="refund-line-qty"
                  />
                </td>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      checked={damaged[entry.lineId] ?? false}
                      onChange={(event) => setDamaged({ ...damaged, [entry.lineId]: event.target.checked })}
                      data-testid="refund-line-damaged"
                    />{' '}
                    {t('register.refund.damaged')}
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {invalid && (
        <p className="form-error" role="alert" data-testid="refund-invalid">
          {t('errors.refund_exceeds_sale')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="refund-error">
          {error}
        </p>
      )}
      <p className="refund-total">
        {t('register.refund.total')}{' '}
        <strong data-testid="refund-total">{format.money(total, sale.currency)}</strong>
      </p>
      <div className="dialog__actions">
        <Button
          submit
          variant="danger"
          disabled={busy || chosen.length === 0 || invalid}
          data-testid="refund-confirm"
        >
          {t('register.refund.confirm')}
        </Button>
      </div>
    </form>
  );
}

function RefundDone({
  refund,
  currency,
  onClose,
  onExchange,
}: {
  readonly refund: RefundOutcome;
  readonly currency: string;
  readonly onClose: () => void;
  readonly onExchange: (cash: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div data-testid="refund-done">
      <p className="refund-total">
        {t('register.refund.refunded')}{' '}
        <strong data-testid="refund-done-total">{format.money(refund.total, currency)}</strong>
      </p>
      {refund.queued && (
        <p className="muted" data-testid="refund-queued">
          {t('register.shift.savedOffline')}
        </p>
      )}
      <ul className="refund-tenders">
        {refund.tenders.map((tender) => (
          <li
            key={`${tender.kind}-${tender.reference ?? ''}`}
            data-testid="refund-tender"
            data-kind={tender.kind}
          >
            {t(
              `register.refund.${tender.kind === 'qr' || tender.kind === 'card' ? tender.kind : 'cash'}Back`,
              {
                amount: format.money(tender.amount, currency),
                reference: tender.reference ?? '',
                last4: tender.last4 ?? '',
                wallet: tender.kind === 'qr' ? t(`register.pay.qrPay.provider.${tender.brand}`) : '',
              },
            )}
          </li>
        ))}
      </ul>
      <DoneActions
        cash={refund.tenders
          .filter((tender) => tender.kind === 'cash')
          .reduce((sum, tender) => sum + tender.amount, 0)}
        onClose={onClose}
        onExchange={onExchange}
      />
    </div>
  );
}

/** Done, or 换货 when cash was given back: it pays for the replacement instead. */
function DoneActions({
  cash,
  onClose,
  onExchange,
}: {
  readonly cash: number;
  readonly onClose: () => void;
  readonly onExchange: (cash: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog__actions">
      {cash > 0 && (
        <Button variant="secondary" onClick={() => onExchange(cash)} data-testid="refund-exchange">
          {t('register.refund.exchange')}
        </Button>
      )}
      <Button variant="primary" onClick={onClose} data-testid="refund-done-close">
        {t('register.shift.done')}
      </Button>
    </div>
  );
}

function ReturnDone({
  returned,
  currency,
  onClose,
  onExchange,
}: {
  readonly returned: UnreceiptedReturn;
  readonly currency: string;
  readonly onClose: () => void;
  readonly onExchange: (cash: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const amount = format.money(returned.total, currency);
  return (
    <div data-testid="refund-done">
      <p className="refund-total">
        {t('register.refund.refunded')} <strong data-testid="refund-done-total">{amount}</strong>
      </p>
      <ul className="refund-tenders">
        <li data-testid="refund-tender" data-kind={returned.tender.kind}>
          {returned.tender.kind === 'card'
            ? t('register.refund.noReceipt.cardBack', { amount, reference: returned.tender.reference ?? '' })
            : t('register.refund.cashBack', { amount })}
        </li>
      </ul>
      <p className="muted" data-testid="refund-approved-by">
        {t('register.refund.noReceipt.approvedBy', { name: returned.approverName })}
      </p>
      <DoneActions
        cash={returned.tender.kind === 'cash' ? returned.total : 0}
        onClose={onClose}
        onExchange={onExchange}
      />
    </div>
  );
}
