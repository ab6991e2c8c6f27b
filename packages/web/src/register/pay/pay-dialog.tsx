import type { CashRoundingRule, Settlement, TenderInput } from '@kassa/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../shared/components/dialog';
import { CardTender } from './card-tender';
import { CashTender } from './cash-tender';
import { previewTender, summarizePayment } from './payment';
import { PaymentSummaryView } from './payment-summary-view';
import { TenderList } from './tender-list';

export type PayDialogProps = {
  readonly open: boolean;
  readonly due: number;
  readonly currency: string;
  readonly rule: CashRoundingRule;
  readonly onClose: () => void;
  /** Records the sale; resolves to an error message to show, or null when it is done. */
  readonly onComplete: (tenders: readonly TenderInput[], settlement: Settlement) => Promise<string | null>;
};

/** Takes payment: cash, card, or several tenders until the sale is covered. */
export function PayDialog(props: PayDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={t('register.pay.title')}
      testId="pay-dialog"
      className="pay-dialog"
    >
      <Payment {...props} />
    </Dialog>
  );
}

function Payment({ due, currency, rule, onComplete }: PayDialogProps) {
  const { t } = useTranslation();
  const [tenders, setTenders] = useState<readonly TenderInput[]>([]);
  const [tab, setTab] = useState<'cash' | 'card'>('cash');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Settlement | null>(null);
  const summary = summarizePayment(due, tenders, rule);

  const previewCash = useCallback(
    (amount: number | null) => {
      const next =
        amount === null ? null : previewTender(due, tenders, { kind: 'cash', amount }, rule).settlement;
      setPreview(next);
      return next;
    },
    [due, tenders, rule],
  );

  async function add(tender: TenderInput) {
    if (busy) return;
    const result = previewTender(due, tenders, tender, rule);
    if (result.error) {
      setError(t(`errors.${result.error}`));
      return;
    }
    setError(null);
    const next = [...tenders, tender];
    setTenders(next);
    if (!result.settlement) {
      // Not covered yet: a split payment goes on with what is left, in cash by default.
      setTab('cash');
      return;
    }
    setBusy(true);
    const failure = await onComplete(next, result.settlement);
    if (failure) {
      setTenders(tenders);
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <div className="payment">
      <PaymentSummaryView summary={summary} preview={tab === 'cash' ? preview : null} currency={currency} />
      <TenderList
        tenders={tenders}
        currency={currency}
        disabled={busy}
        onRemove={(i) => setTenders(tenders.filter((_, k) => k !== i))}
      />
      <div className="segmented" role="tablist" aria-label={t('register.pay.method')}>
        {(['cash', 'card'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            role="tab"
            className="btn btn--secondary"
            aria-selected={tab === kind}
            disabled={busy}
            onClick={() => setTab(kind)}
            data-testid={`pay-tab-${kind}`}
          >
            {t(`register.pay.${kind}`)}
          </button>
        ))}
      </div>
      {tab === 'cash' ? (
        <CashTender
          cashRemaining={summary.cashRemaining}
          currency={currency}
          rule={rule}
          disabled={busy}
          onTender={(amount) => void add({ kind: 'cash', amount })}
          onPreview={previewCash}
        />
      ) : (
        <CardTender
          remaining={summary.remaining}
          currency={currency}
          disabled={busy}
          onTender={(card) => void add({ kind: 'card', ...card })}
        />
      )}
      {busy && (
        <p className="muted" role="status" data-testid="pay-saving">
          {t('register.pay.saving')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="pay-error">
          {error}
        </p>
      )}
    </div>
  );
}
