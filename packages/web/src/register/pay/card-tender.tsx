import { formatDecimal, parseMoney } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { TenderAmountField } from './tender-amount-field';

/** What the card terminal reported. Never a full card number: only reference, brand and last 4. */
export type CardDetails = {
  readonly amount: number;
  readonly reference: string;
  readonly brand?: string;
  readonly last4?: string;
};

const BRANDS = ['UnionPay', 'Visa', 'Mastercard', 'JCB', 'American Express'] as const;

type Errors = Partial<Record<'amount' | 'reference' | 'last4', string>>;

/** A card payment made on the external terminal: amount (default what is left) and its reference. */
export function CardTender({
  remaining,
  currency,
  disabled,
  onTender,
}: {
  readonly remaining: number;
  readonly currency: string;
  readonly disabled: boolean;
  readonly onTender: (card: CardDetails) => void;
}) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState(() => formatDecimal(remaining, currency));
  const [reference, setReference] = useState('');
  const [brand, setBrand] = useState('');
  const [last4, setLast4] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseMoney(amount, currency);
    const next: Errors = {
      ...(parsed.ok && parsed.value.amount > 0 ? {} : { amount: t('register.pay.errors.amount') }),
      ...(reference.trim() ? {} : { reference: t('register.pay.errors.reference') }),
      ...(last4 === '' || /^\d{4}$/.test(last4) ? {} : { last4: t('errors.invalid_card_last4') }),
    };
    setErrors(next);
    if (!parsed.ok || Object.keys(next).length > 0) return;
    onTender({
      amount: parsed.value.amount,
      reference: reference.trim(),
      ...(brand ? { brand } : {}),
      ...(last4 ? { last4 } : {}),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="tender-form" data-testid="pay-card">
      <TenderAmountField
        label={t('register.pay.cardAmount')}
        error={errors.amount}
        testId="pay-card"
        disabled={disabled}
        value={amount}
        onChange={setAmount}
      />
      <Field
        label={t('register.pay.reference')}
        hint={t('register.pay.referenceHint')}
        error={errors.reference}
        testId="pay-card-reference"
      >
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the card tab opens to type the terminal reference
            autoFocus
            maxLength={64}
            disabled={disabled}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            data-testid="pay-card-reference-input"
          />
        )}
      </Field>
      <div className="form-row">
        <Field label={t('register.pay.brand')}>
          {(control) => (
            <select
              {...control}
              disabled={disabled}
              value={brand}
              onChange={(e) => setBrand(e.target.value)}
              data-testid="pay-card-brand"
            >
              <option value="">{t('register.pay.brandNone')}</option>
              {BRANDS.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('register.pay.last4')} error={errors.last4} testId="pay-card-last4">
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              autoComplete="off"
              disabled={disabled}
              value={last4}
              // Only ever the last four digits: a pasted full number is cut, never kept.
              onChange={(e) => setLast4(e.target.value.replace(/\D/g, '').slice(-4))}
              data-testid="pay-card-last4-input"
            />
          )}
        </Field>
      </div>
      <Button submit variant="primary" size="lg" disabled={disabled} data-testid="pay-card-submit">
        {t('register.pay.addCard')}
      </Button>
    </form>
  );
}
