import type { UnreceiptedReturn } from '@kassa/api';
import { priceTicket, Ticket } from '@kassa/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { beep } from '../../shared/audio/beep';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { newId } from '../../shared/new-id';
import { ManagerPinFields } from '../approval/manager-pin-fields';
import { lineForProduct } from '../cart/ticket-line';
import type { CatalogIndex } from '../catalog/catalog-index';
import { pricingSettings } from '../catalog/pricing-settings';
import { resolveScan } from '../catalog/resolve-scan';

type ReturnLine = { readonly productId: string; readonly quantity: number; readonly damaged: boolean };

/**
 * 无小票退货: the goods are scanned (a scale label gives its weight), each at today's price, with a
 * reason. A cashier has a manager approve on the spot with user name and PIN; the money goes to the
 * store's chosen tender (cash, or a card by the terminal's reference).
 */
export function NoReceiptReturn({
  index,
  registerId,
  shiftId,
  mayApprove,
  onReturned,
}: {
  readonly index: CatalogIndex;
  readonly registerId: string;
  readonly shiftId: string;
  /** The signed-in person may take such returns alone (`return.unreceipted`). */
  readonly mayApprove: boolean;
  readonly onReturned: (returned: UnreceiptedReturn) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { store } = index;
  const [lines, setLines] = useState<readonly ReturnLine[]>([]);
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const [manager, setManager] = useState('');
  const [pin, setPin] = useState('');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Id and time fixed at the first submit: posting again after a lost answer is the same return.
  const attempt = useRef<{ readonly id: string; readonly at: number } | null>(null);

  let ticket = Ticket.empty(store.currency);
  for (const [n, line] of lines.entries()) {
    const product = index.byId.get(line.productId);
    if (product)
      ticket = Ticket.addLine(ticket, lineForProduct(product, index, `${n}`, line.quantity), {
        merge: false,
      });
  }
  const priced = priceTicket(ticket, pricingSettings(store));
  const card = store.unreceiptedReturnTender === 'card';

  function scan(event: FormEvent) {
    event.preventDefault();
    const outcome = resolveScan(code, index);
    setCode('');
    // Goods weighed by hand have no weight to take back: only a scale label says how much.
    const weightless = outcome.ok && outcome.kind === 'plu' && outcome.product.unit === 'kg';
    if (!outcome.ok || outcome.kind === 'price' || weightless) {
      beep();
      setError(t(`register.scan.errors.${outcome.ok ? 'invalid_quantity' : outcome.code}`, { code }));
      return;
    }
    setError(null);
    const quantity = outcome.kind === 'weight' ? outcome.quantity : 1000;
    const same = lines.findIndex(
      (line) => line.productId === outcome.product.id && outcome.kind !== 'weight',
    );
    setLines(
      same >= 0
        ? lines.map((line, n) => (n === same ? { ...line, quantity: line.quantity + quantity } : line))
        : [...lines, { productId: outcome.product.id, quantity, damaged: false }],
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (lines.length === 0 || !reason.trim()) return setError(t('register.refund.noReceipt.incomplete'));
    if (!mayApprove && (!manager.trim() || !pin)) return setError(t('errors.return_approval_required'));
    setBusy(true);
    setError(null);
    attempt.current ??= { id: newId(), at: Date.now() };
    try {
      onReturned(
        await api.call('returnWithoutReceipt', {
          body: {
            id: attempt.current.id,
            registerId,
            shiftId,
            at: attempt.current.at,
            lines: lines.map((line) => ({
              productId: line.productId,
              quantity: line.quantity,
              ...(line.damaged ? { damaged: true } : {}),
            })),
            reason: reason.trim(),
            ...(mayApprove ? {} : { approver: { username: manager.trim(), pin } }),
            ...(card ? { reference: reference.trim() } : {}),
          },
        }),
      );
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  return (
    <div data-testid="no-receipt">
      <form onSubmit={scan} noValidate>
        <Field label={t('register.refund.noReceipt.scan')} hint={t('register.refund.noReceipt.scanHint')}>
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="numeric"
              autoComplete="off"
              // biome-ignore lint/a11y/noAutofocus: the goods are scanned first
              autoFocus
              value={code}
              onChange={(event) => setCode(event.target.value)}
              data-testid="no-receipt-scan"
            />
          )}
        </Field>
      </form>
      <form onSubmit={submit} noValidate>
        <table className="refund-table">
          <tbody>
            {priced.lines.map((line, n) => (
              <tr key={line.id} data-testid="no-receipt-line" data-sku={line.sku}>
                <th scope="row">{line.name}</th>
                <td>{format.quantity(line.quantity, line.unit)}</td>
                <td>{format.money(line.net + line.tax, store.currency)}</td>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      checked={lines[n]?.damaged ?? false}
                      onChange={(event) =>
                        setLines(lines.map((l, k) => (k === n ? { ...l, damaged: event.target.checked } : l)))
                      }
                      data-testid="no-receipt-damaged"
                    />{' '}
                    {t('register.refund.damaged')}
                  </label>
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn--ghost btn--square"
                    aria-label={t('register.refund.noReceipt.remove')}
                    onClick={() => setLines(lines.filter((_, k) => k !== n))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Field label={t('register.refund.noReceipt.reason')}>
          {(control) => (
            <input
              {...control}
              className="input"
              maxLength={200}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              data-testid="no-receipt-reason"
            />
          )}
        </Field>
        {card && (
          <Field label={t('register.pay.reference')} hint={t('register.refund.noReceipt.referenceHint')}>
            {(control) => (
              <input
                {...control}
                className="input"
                maxLength={64}
                value={reference}
                onChange={(event) => setReference(event.target.value)}
                data-testid="no-receipt-reference"
              />
            )}
          </Field>
        )}
        {!mayApprove && (
          <div className="form-row">
            <ManagerPinFields
              username={manager}
              pin={pin}
              onUsername={setManager}
              onPin={setPin}
              testId="no-receipt"
            />
          </div>
        )}
        {error && (
          <p className="form-error" role="alert" data-testid="no-receipt-error">
            {error}
          </p>
        )}
        <p className="refund-total">
          {t(card ? 'register.refund.noReceipt.totalCard' : 'register.refund.noReceipt.totalCash')}{' '}
          <strong data-testid="no-receipt-total">{format.money(priced.total, store.currency)}</strong>
        </p>
        <div className="dialog__actions">
          <Button
            submit
            variant="danger"
            disabled={busy || lines.length === 0}
            data-testid="no-receipt-confirm"
          >
            {t('register.refund.confirm')}
          </Button>
        </div>
      </form>
    </div>
  );
}
