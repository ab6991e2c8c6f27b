import { type Discount, formatDecimal, parseMoney, type TicketLine } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { type ControlProps, Field } from '../../shared/components/field';
import { DiscountFields } from './discount-fields';
import { type DiscountDraft, discountDraft, parseDiscount } from './parse-discount';
import { parseLineQuantity, quantityDraft } from './parse-quantity';

export type LineDialogProps = {
  readonly line: TicketLine | null;
  readonly currency: string;
  readonly onClose: () => void;
  /** `unitPrice`: the price to charge (改价 when it differs from the catalogue price). */
  readonly onApply: (
    lineId: string,
    quantity: number,
    discount: Discount | undefined,
    unitPrice: number,
  ) => void;
  readonly onRemove: (lineId: string) => void;
};

/** Edits one line: quantity (whole pieces, or kg to 3 decimals), price, line discount, or removes it. */
export function LineDialog({ line, currency, onClose, onApply, onRemove }: LineDialogProps) {
  return (
    <Dialog open={line !== null} onClose={onClose} title={line?.name ?? ''} testId="line-dialog">
      {line && <LineForm line={line} currency={currency} onApply={onApply} onRemove={onRemove} />}
    </Dialog>
  );
}

type LineFormProps = Omit<LineDialogProps, 'line' | 'onClose'> & { readonly line: TicketLine };

function LineForm({ line, currency, onApply: apply, onRemove: remove }: LineFormProps) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState(() => quantityDraft(line.quantity, line.unit));
  const [discount, setDiscount] = useState<DiscountDraft>(() =>
    discountDraft(line.discount, (amount) => formatDecimal(amount, currency)),
  );
  const [price, setPrice] = useState(() => formatDecimal(line.unitPrice, currency));
  const [errors, setErrors] = useState<{ quantity?: string; discount?: string; price?: string }>({});
  const fixed = line.fixedAmount !== undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const q = fixed ? ({ ok: true, value: line.quantity } as const) : parseLineQuantity(quantity, line.unit);
    const d = parseDiscount(discount, currency);
    const p = fixed
      ? ({ ok: true, value: { amount: line.unitPrice } } as const)
      : parseMoney(price, currency);
    const next = {
      ...(q.ok ? {} : { quantity: t(`register.line.errors.${q.error}`) }),
      ...(d.ok ? {} : { discount: t(`register.discount.errors.${d.error}`) }),
      ...(p.ok ? {} : { price: t('register.pay.errors.amount') }),
    };
    setErrors(next);
    if (q.ok && d.ok && p.ok) apply(line.id, q.value, d.value, p.value.amount);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field
        label={line.unit === 'kg' ? t('register.line.weight') : t('register.line.quantity')}
        error={errors.quantity}
        testId="line-quantity"
      >
        {(control) => (
          <DecimalInput
            control={control}
            disabled={fixed}
            value={quantity}
            onChange={setQuantity}
            testId="line-quantity-input"
          />
        )}
      </Field>
      <Field
        label={t('register.line.price')}
        hint={
          line.listPrice === undefined
            ? undefined
            : t('register.line.listPrice', { price: formatDecimal(line.listPrice, currency) })
        }
        error={errors.price}
        testId="line-price"
      >
        {(control) => (
          <DecimalInput
            control={control}
            disabled={fixed}
            value={price}
            onChange={setPrice}
            testId="line-price-input"
          />
        )}
      </Field>
      <DiscountFields
        draft={discount}
        onChange={setDiscount}
        error={errors.discount}
        testId="line-discount"
      />
      <div className="dialog__actions">
        <Button variant="danger" onClick={() => remove(line.id)} data-testid="line-dialog-remove">
          {t('register.cart.remove')}
        </Button>
        <Button submit variant="primary" data-testid="line-dialog-apply">
          {t('common.apply')}
        </Button>
      </div>
    </form>
  );
}

/** A decimal the cashier types (a quantity, a price): selected on focus so typing replaces it. */
function DecimalInput({
  control,
  disabled,
  value,
  onChange,
  testId,
}: {
  readonly control: ControlProps;
  readonly disabled: boolean;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId: string;
}) {
  return (
    <input
      {...control}
      inputMode="decimal"
      autoComplete="off"
      disabled={disabled}
      value={value}
      onFocus={(e) => e.target.select()}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    />
  );
}
