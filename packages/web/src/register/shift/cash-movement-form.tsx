import { formatDecimal, parseMoney } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';

export type CashMovementFormProps = {
  readonly kind: 'cash_in' | 'cash_out';
  readonly currency: string;
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly onSubmit: (amount: number, reason: string) => void;
};

/** 存入 / 取出: an amount and why (change from the bank, paying a supplier, …). */
export function CashMovementForm({ kind, currency, busy, error, onSubmit }: CashMovementFormProps) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseMoney(amount, currency);
    const next = {
      ...(parsed.ok && parsed.value.amount > 0 ? {} : { amount: t('register.pay.errors.amount') }),
      ...(reason.trim() ? {} : { reason: t('register.shift.reasonRequired') }),
    };
    setErrors(next);
    if (parsed.ok && parsed.value.amount > 0 && reason.trim()) onSubmit(parsed.value.amount, reason.trim());
  }

  return (
    <form onSubmit={submit} noValidate data-testid={`${kind}-form`}>
      <Field label={t('register.shift.amount')} error={errors.amount} testId={`${kind}-amount`}>
        {(control) => (
          <input
            {...control}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            placeholder={formatDecimal(0, currency)}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            data-testid={`${kind}-amount`}
          />
        )}
      </Field>
      <Field label={t('register.shift.reason')} error={errors.reason} testId={`${kind}-reason`}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            data-testid={`${kind}-reason`}
          />
        )}
      </Field>
      {error && (
        <p className="form-error" role="alert" data-testid={`${kind}-error`}>
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <Button submit variant="primary" disabled={busy} data-testid={`${kind}-submit`}>
          {t(`register.shift.${kind === 'cash_in' ? 'cashIn' : 'cashOut'}`)}
        </Button>
      </div>
    </form>
  );
}
