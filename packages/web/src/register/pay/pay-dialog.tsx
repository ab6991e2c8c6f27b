import type { QrPaymentView } from '@kassa/api';
import type { CashRoundingRule, Settlement, TenderInput } from '@kassa/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { browserStorage } from '../../shared/storage';
import { CardTender } from './card-tender';
import { CashTender } from './cash-tender';
import { previewTender, summarizePayment } from './payment';
import { loadPayment, type PendingQr, savePayment } from './payment-storage';
import { PaymentSummaryView } from './payment-summary-view';
import { QrTender } from './qr-tender';
import { TenderList } from './tender-list';
import { useQrPayment } from './use-qr-payment';

export type PayDialogProps = {
  readonly open: boolean;
  /** The sale being paid: its payment so far survives a reload under this id. */
  readonly saleId: string;
  readonly registerId: string;
  readonly shiftId: string;
  readonly due: number;
  readonly currency: string;
  readonly rule: CashRoundingRule;
  /** 换货: cash a return just gave back, already in hand toward this sale (0: none). */
  readonly credit: number;
  readonly onClose: () => void;
  /** Records the sale; resolves to an error message to show, or null when it is done. */
  readonly onComplete: (tenders: readonly TenderInput[], settlement: Settlement) => Promise<string | null>;
};

type Tab = 'cash' | 'card' | 'qr';
const TABS: readonly Tab[] = ['cash', 'card', 'qr'];

/** Takes payment: cash, card, QR, or several tenders until the sale is covered. */
export function PayDialog(props: PayDialogProps) {
  const { t } = useTranslation();
  const [blocked, setBlocked] = useState(false);
  return (
    <Dialog
      open={props.open}
      // Money taken by QR must be used or given back before the dialog may close.
      onClose={() => (hasQrMoney(props.saleId) ? setBlocked(true) : props.onClose())}
      title={t('register.pay.title')}
      testId="pay-dialog"
      className="pay-dialog"
    >
      <Payment key={props.saleId} {...props} />
      {blocked && hasQrMoney(props.saleId) && (
        <p className="form-error" role="alert" data-testid="pay-close-blocked">
          {t('register.pay.qrPay.closeBlocked')}
        </p>
      )}
    </Dialog>
  );
}

function hasQrMoney(saleId: string): boolean {
  const saved = loadPayment(browserStorage, saleId);
  return saved.pendingQr !== null || saved.tenders.some((tender) => tender.kind === 'qr');
}

function Payment({ saleId, registerId, shiftId, due, currency, rule, credit, onComplete }: PayDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [saved] = useState(() => loadPayment(browserStorage, saleId));
  // An exchange's returned cash counts as cash handed over: only the difference changes hands.
  const [tenders, setTenders] = useState<readonly TenderInput[]>(() =>
    saved.tenders.length === 0 && credit > 0 ? [{ kind: 'cash', amount: credit }] : saved.tenders,
  );
  const [pendingQr, setPendingQr] = useState<PendingQr | null>(saved.pendingQr);
  const [tab, setTab] = useState<Tab>(saved.pendingQr ? 'qr' : 'cash');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Settlement | null>(null);
  const summary = summarizePayment(due, tenders, rule);

  useEffect(() => savePayment(browserStorage, { saleId, tenders, pendingQr }), [saleId, tenders, pendingQr]);

  const previewCash = useCallback(
    (amount: number | null) => {
      const next =
        amount === null ? null : previewTender(due, tenders, { kind: 'cash', amount }, rule).settlement;
      setPreview(next);
      return next;
    },
    [due, tenders, rule],
  );

  async function finish(next: readonly TenderInput[], settlement: Settlement) {
    setBusy(true);
    const failure = await onComplete(next, settlement);
    if (!failure) return savePayment(browserStorage, { saleId, tenders: [], pendingQr: null });
    // Money taken by QR stays in the list: the cashier completes again, or removes it (a refund).
    setTenders(next.filter((tender) => tender.kind === 'qr' || tenders.includes(tender)));
    setError(failure);
    setBusy(false);
  }

  async function add(tender: TenderInput, base: readonly TenderInput[] = tenders) {
    if (busy) return;
    const result = previewTender(due, base, tender, rule);
    if (result.error) {
      setError(t(`errors.${result.error}`));
      return;
    }
    setError(null);
    const next = [...base, tender];
    setTenders(next);
    if (!result.settlement) {
      // Not covered yet: a split payment goes on with what is left, in cash by default.
      setTab('cash');
      return;
    }
    await finish(next, result.settlement);
  }

  const qr = useQrPayment({
    registerId,
    shiftId,
    pending: pendingQr,
    onPending: setPendingQr,
    onSettled: (payment: QrPaymentView) => {
      if (payment.status === 'succeeded' && payment.transactionId) {
        void add({
          kind: 'qr',
          amount: payment.amount,
          paymentId: payment.id,
          reference: payment.transactionId,
          brand: payment.provider,
        });
      } else if (payment.status === 'failed') {
        setError(
          t('register.pay.qrPay.declined', { reason: payment.failureMessage ?? payment.failureCode ?? '' }),
        );
      } else {
        setError(t('register.pay.qrPay.cancelled'));
      }
    },
  });

  function payByQr(amount: number, code: string) {
    const check = previewTender(
      due,
      tenders,
      { kind: 'qr', amount, paymentId: '', reference: '', brand: 'wechat' },
      rule,
    );
    if (check.error) return setError(t(`errors.${check.error}`));
    setError(null);
    void qr.start(amount, code);
  }

  async function remove(index: number) {
    const tender = tenders[index];
    if (!tender) return;
    if (tender.kind === 'qr') {
      // Taking a QR tender off gives the money back through the gateway.
      const view = await qr.cancel(tender.paymentId);
      if (!view) return;
    }
    setTenders(tenders.filter((_, k) => k !== index));
  }

  const qrError = qr.error ? errorMessage(t, qr.error) : null;
  return (
    <div className="payment">
      <PaymentSummaryView summary={summary} preview={tab === 'cash' ? preview : null} currency={currency} />
      {credit > 0 && (
        <p className="muted" data-testid="pay-exchange-credit">
          {t('register.pay.exchangeCredit', { amount: format.money(credit, currency) })}
        </p>
      )}
      <TenderList tenders={tenders} currency={currency} disabled={busy} onRemove={(i) => void remove(i)} />
      {summary.settlement && !busy && (
        <Button
          variant="primary"
          size="lg"
          onClick={() => summary.settlement && void finish(tenders, summary.settlement)}
          data-testid="pay-complete"
        >
          {t('register.pay.complete')}
        </Button>
      )}
      <div className="segmented" role="tablist" aria-label={t('register.pay.method')}>
        {TABS.map((kind) => (
          <button
            key={kind}
            type="button"
            role="tab"
            className="btn btn--secondary"
            aria-selected={tab === kind}
            disabled={busy || pendingQr !== null}
            onClick={() => setTab(kind)}
            data-testid={`pay-tab-${kind}`}
          >
            {t(`register.pay.${kind}`)}
          </button>
        ))}
      </div>
      {tab === 'cash' && (
        <CashTender
          cashRemaining={summary.cashRemaining}
          currency={currency}
          rule={rule}
          disabled={busy}
          onTender={(amount) => void add({ kind: 'cash', amount })}
          onPreview={previewCash}
        />
      )}
      {tab === 'card' && (
        <CardTender
          remaining={summary.remaining}
          currency={currency}
          disabled={busy}
          onTender={(card) => void add({ kind: 'card', ...card })}
        />
      )}
      {tab === 'qr' && (
        <QrTender
          remaining={summary.remaining}
          currency={currency}
          disabled={busy}
          payment={qr.payment}
          waiting={pendingQr !== null}
          onPay={payByQr}
          onCancel={() => pendingQr && void qr.cancel(pendingQr.paymentId)}
        />
      )}
      {busy && (
        <p className="muted" role="status" data-testid="pay-saving">
          {t('register.pay.saving')}
        </p>
      )}
      {(error ?? qrError) && (
        <p className="form-error" role="alert" data-testid="pay-error">
          {error ?? qrError}
        </p>
      )}
    </div>
  );
}
