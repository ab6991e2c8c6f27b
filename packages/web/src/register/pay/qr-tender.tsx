import type { QrPaymentView } from '@kassa/api';
import { classifyPaymentCode, formatDecimal, parseMoney } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { useFormat } from '../../shared/format/use-format';
import { TenderAmountField } from './tender-amount-field';

type Errors = Partial<Record<'amount' | 'code', string>>;

/**
 * QR payment (扫码付): the amount (what is left by default) and the customer's payment code, scanned
 * into the code field (the scanner types it and presses Enter). While the gateway waits for the
 * customer the form gives way to the payment's status and a cancel button.
 */
export function QrTender({
  remaining,
  currency,
  disabled,
  payment,
  waiting,
  onPay,
  onCancel,
}: {
  readonly remaining: number;
  readonly currency: string;
  readonly disabled: boolean;
  /** The payment under way, once the server answered. */
  readonly payment: QrPaymentView | null;
  /** A payment is under way (maybe before any answer): the form is locked. */
  readonly waiting: boolean;
  readonly onPay: (amount: number, code: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [amount, setAmount] = useState(() => formatDecimal(remaining, currency));
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  if (waiting) {
    const status = payment?.status ?? 'paying';
    return (
      <div className="qr-waiting" data-testid="pay-qr-waiting" data-status={status}>
        <p className="qr-waiting__status" role="status">
          {t(`register.pay.qrPay.status.${status}`)}
        </p>
        {payment && (
          <p className="muted" data-testid="pay-qr-details">
            {t(`register.pay.qrPay.provider.${payment.provider}`)} · {payment.codeMasked} ·{' '}
            {format.money(payment.amount, payment.currency)}
          </p>
        )}
        <Button
          variant="secondary"
          size="lg"
          disabled={status === 'reversing'}
          onClick={onCancel}
          data-testid="pay-qr-cancel"
        >
          {t('register.pay.qrPay.cancel')}
        </Button>
      </div>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseMoney(amount, currency);
    const classified = classifyPaymentCode(code);
    const next: Errors = {
      ...(parsed.ok && parsed.value.amount > 0 ? {} : { amount: t('register.pay.errors.amount') }),
      ...(classified.ok ? {} : { code: t('errors.invalid_payment_code') }),
    };
    setErrors(next);
    if (!parsed.ok || !classified.ok || Object.keys(next).length > 0) {
      // A wrong scan is cleared, so the next scan starts from nothing.
      if (!classified.ok) setCode('');
      return;
    }
    onPay(parsed.value.amount, classified.value.code);
    setCode('');
  }

  return (
    <form onSubmit={submit} noValidate className="tender-form" data-testid="pay-qr">
      <TenderAmountField
        label={t('register.pay.qrPay.amount')}
        error={errors.amount}
        testId="pay-qr"
        disabled={disabled}
        value={amount}
        onChange={setAmount}
      />
      <Field
        label={t('register.pay.qrPay.code')}
        hint={t('register.pay.qrPay.codeHint')}
        error={errors.code}
        testId="pay-qr-code"
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the scanner types the customer's code here
            autoFocus
            maxLength={64}
            disabled={disabled}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            data-testid="pay-qr-code-input"
          />
        )}
      </Field>
      <Button submit variant="primary" size="lg" disabled={disabled} data-testid="pay-qr-submit">
        {t('register.pay.qrPay.charge')}
      </Button>
    </form>
  );
}
