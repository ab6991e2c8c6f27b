import { type CashCountLine, countCash, denominationsOf } from '@kassa/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { useFormat } from '../../shared/format/use-format';

export type CashCountFormProps = {
  readonly currency: string;
  readonly submitLabel: string;
  /** Prefixes every `data-testid`: `<testId>-<denomination>`, `<testId>-total`, `<testId>-submit`. */
  readonly testId: string;
  /** Whether the running total is shown: not during a blind count's first look, yes otherwise. */
  readonly showTotal: boolean;
  readonly busy?: boolean;
  readonly error?: string | undefined;
  readonly children?: ReactNode;
  readonly onSubmit: (lines: CashCountLine[], total: number) => void;
};

/** Counting a drawer note by note: one whole-number field per denomination of the store currency. */
export function CashCountForm({
  currency,
  submitLabel,
  testId,
  showTotal,
  busy = false,
  error,
  children,
  onSubmit,
}: CashCountFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const denominations = denominationsOf(currency);
  const [counts, setCounts] = useState<Record<number, string>>({});
  const [invalid, setInvalid] = useState(false);

  const lines: CashCountLine[] = denominations
    .map((denomination) => ({ denomination, text: (counts[denomination] ?? '').trim() }))
    .filter(({ text }) => text !== '' && text !== '0')
    .map(({ denomination, text }) => ({ denomination, count: /^\d{1,6}$/.test(text) ? Number(text) : -1 }));
  const counted = countCash(currency, lines);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!counted.ok) {
      setInvalid(true);
      return;
    }
    onSubmit(lines, counted.value);
  }

  return (
    <form onSubmit={submit} noValidate className="cash-count" data-testid={testId}>
      <div className="cash-count__grid">
        {denominations.map((denomination) => (
          <label key={denomination} className="cash-count__row">
            <span className="cash-count__label">
              {denomination === 1 && denominations.length === 1
                ? t('register.shift.amountInMinorUnits')
                : format.money(denomination, currency)}
            </span>
            <span aria-hidden="true">×</span>
            <input
              className="input cash-count__input"
              inputMode="numeric"
              autoComplete="off"
              value={counts[denomination] ?? ''}
              onChange={(event) => {
                setInvalid(false);
                setCounts({ ...counts, [denomination]: event.target.value });
              }}
              data-testid={`${testId}-${denomination}`}
            />
          </label>
        ))}
      </div>
      {showTotal && (
        <p className="cash-count__total" data-testid={`${testId}-total`}>
          {t('register.shift.countTotal')}{' '}
          <strong>{counted.ok ? format.money(counted.value, currency) : '—'}</strong>
        </p>
      )}
      {(invalid || error) && (
        <p className="form-error" role="alert" data-testid={`${testId}-error`}>
          {error ?? t('register.shift.invalidCount')}
        </p>
      )}
      {children}
      <div className="dialog__actions">
        <Button submit variant="primary" size="lg" disabled={busy} data-testid={`${testId}-submit`}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
