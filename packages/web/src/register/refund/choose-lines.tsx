import type { RefundBody } from '@kassa/api';
import { refundAmount } from '@kassa/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { errorMessage, LocalError } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { newId } from '../../shared/new-id';
import { parseLineQuantity } from '../cart/parse-quantity';
import { type RegisterOutbox, recorded } from '../outbox/use-outbox';
import type { RefundOutcome } from './refund-done';
import { type RefundView, refundTenders } from './refund-view';

/** 退货, second step: how much of which lines comes back, and whether it is damaged; then the refund. */
export function ChooseLines({
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
    const result = await recorded(
      outbox.record({ id: body.id, type: 'refund', payload: { ...body, expectedTotal: total } }, (client) =>
        client.call('refundSale', { body }),
      ),
    );
    if (result.status === 'recorded') return { ...result.value, queued: false };
    return { total, tenders: refundTenders(found, total), queued: true };
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
