import { type Discount, formatDecimal } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { DiscountFields } from './discount-fields';
import { type DiscountDraft, discountDraft, parseDiscount } from './parse-discount';

export type TicketDiscountDialogProps = {
  readonly open: boolean;
  readonly current: Discount | undefined;
  readonly currency: string;
  readonly onClose: () => void;
  readonly onApply: (discount: Discount | undefined) => void;
};

/** A discount on the whole sale, spread over the lines by the core (largest remainder). */
export function TicketDiscountDialog({
  open,
  current,
  currency,
  onClose,
  onApply,
}: TicketDiscountDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('register.cart.ticketDiscount')}
      testId="ticket-discount-dialog"
    >
      <TicketDiscountForm current={current} currency={currency} onApply={onApply} />
    </Dialog>
  );
}

function TicketDiscountForm({
  current,
  currency,
  onApply,
}: Pick<TicketDiscountDialogProps, 'current' | 'currency' | 'onApply'>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DiscountDraft>(() =>
    discountDraft(current, (amount) => formatDecimal(amount, currency)),
  );
  const [error, setError] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseDiscount(draft, currency);
    if (!parsed.ok) {
      setError(t(`register.discount.errors.${parsed.error}`));
      return;
    }
    onApply(parsed.value);
  }

  return (
    <form onSubmit={submit} noValidate>
      <DiscountFields draft={draft} onChange={setDraft} error={error} testId="ticket-discount" />
      <div className="dialog__actions">
        {current && (
          <Button variant="ghost" onClick={() => onApply(undefined)} data-testid="ticket-discount-clear">
            {t('register.discount.clear')}
          </Button>
        )}
        <Button submit variant="primary" data-testid="ticket-discount-apply">
          {t('common.apply')}
        </Button>
      </div>
    </form>
  );
}
