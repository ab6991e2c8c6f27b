import { parseMoney, type TicketLine } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';

export type OpenPriceDialogProps = {
  /** The line waiting for its price (an open-price product), or null. */
  readonly line: TicketLine | null;
  readonly currency: string;
  readonly onClose: () => void;
  readonly onPrice: (line: TicketLine, unitPrice: number) => void;
};

/** 开放价格: the cashier types the price of an item sold without a fixed price. */
export function OpenPriceDialog({ line, currency, onClose, onPrice }: OpenPriceDialogProps) {
  return (
    <Dialog open={line !== null} onClose={onClose} title={line?.name ?? ''} testId="open-price-dialog">
      {line && <OpenPriceForm line={line} currency={currency} onPrice={onPrice} />}
    </Dialog>
  );
}

function OpenPriceForm({
  line,
  currency,
  onPrice,
}: Pick<OpenPriceDialogProps, 'currency' | 'onPrice'> & { readonly line: TicketLine }) {
  const { t } = useTranslation();
  const [price, setPrice] = useState('');
  const [error, setError] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseMoney(price, currency);
    if (!parsed.ok || parsed.value.amount <= 0) {
      setError(t('register.pay.errors.amount'));
      return;
    }
    onPrice(line, parsed.value.amount);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('register.line.openPrice')} error={error} testId="open-price">
        {(control) => (
          <input
            {...control}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            value={price}
            onChange={(event) => setPrice(event.target.value)}
            data-testid="open-price-input"
          />
        )}
      </Field>
      <div className="dialog__actions">
        <Button submit variant="primary" data-testid="open-price-add">
          {t('register.line.addAtPrice')}
        </Button>
      </div>
    </form>
  );
}
