import { type CashRoundingRule, parseMoney, type Settlement } from '@kassa/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { useFormat } from '../../shared/format/use-format';
import { quickCashAmounts } from './quick-amounts';

export type CashTenderProps = {
  /** Cash that closes the sale exactly, after 抹零. */
  readonly cashRemaining: number;
  readonly currency: string;
  readonly rule: CashRoundingRule;
  readonly disabled: boolean;
  readonly onTender: (amount: number) => void;
  /** The settlement a typed amount would give, for the live change; null when none. */
  readonly onPreview: (amount: number | null) => Settlement | null;
};

/** Cash: quick amounts (exact, next notes) or a typed amount; Enter on an empty field = exact. */
export function CashTender({
  cashRemaining,
  currency,
  rule,
  disabled,
  onTender,
  onPreview,
}: CashTenderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const quick = quickCashAmounts(cashRemaining, currency, rule);
  const parsed = text.trim() ? parseMoney(text, currency) : null;
  const typed = parsed?.ok && parsed.value.amount > 0 ? parsed.value.amount : null;

  useEffect(() => {
    onPreview(typed);
  }, [typed, onPreview]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!parsed) {
      if (cashRemaining > 0) onTender(cashRemaining);
      return;
    }
    if (typed === null) {
      setError(t('register.pay.errors.amount'));
      return;
    }
    setError(undefined);
    setText('');
    onTender(typed);
  }

  return (
    <form onSubmit={submit} noValidate className="tender-form" data-testid="pay-cash">
      <div className="quick-amounts">
        {quick.map((amount, i) => (
          <Button
            key={amount}
            variant={i === 0 ? 'primary' : 'secondary'}
            size="lg"
            disabled={disabled}
            onClick={() => onTender(amount)}
            data-testid={i === 0 && amount === cashRemaining ? 'pay-cash-exact' : 'pay-cash-quick'}
            data-amount={amount}
          >
            {format.money(amount, currency)}
          </Button>
        ))}
      </div>
      <Field
        label={t('register.pay.cashReceived')}
        hint={t('register.pay.cashHint')}
        error={error}
        testId="pay-cash-amount"
      >
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the pay dialog opens to type the cash received
            autoFocus
            disabled={disabled}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="pay-cash-amount-input"
          />
        )}
      </Field>
      <Button submit variant="primary" size="lg" disabled={disabled} data-testid="pay-cash-submit">
        {text.trim() ? t('register.pay.addCash') : t('register.pay.exactCash')} <kbd>Enter</kbd>
      </Button>
    </form>
  );
}
