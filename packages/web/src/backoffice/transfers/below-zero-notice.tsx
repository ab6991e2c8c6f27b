import { ApiError, type StockTransfer } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { useFormat } from '../../shared/format/use-format';

export type BelowZeroNoticeProps = {
  /** The refusal: `stock_below_zero`, whose details name the product and what is on hand. */
  readonly failure: ApiError;
  readonly transfer: StockTransfer;
  /** The location the goods leave, by name. */
  readonly locationName: string;
  /** What the clerk counted out of the product, in thousandths. */
  readonly quantityOf: (productId: string) => number | null;
  /** Null without `stock.negative`: only the refusal is shown. */
  readonly onShipAnyway: (() => Promise<void>) | null;
};

/** True when shipping was refused because the location holds less than is counted out. */
export function isBelowZero(failure: unknown): failure is ApiError {
  return failure instanceof ApiError && failure.code === 'stock_below_zero';
}

/**
 * Shipping more than the location holds: says which product and how much is there, and — to those
 * who may take stock below zero (goods not yet booked in, say) — offers to ship anyway, after a
 * question.
 */
export function BelowZeroNotice({
  failure,
  transfer,
  locationName,
  quantityOf,
  onShipAnyway,
}: BelowZeroNoticeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [asking, setAsking] = useState(false);
  const { productId, onHand } = failure.details;
  const line = transfer.lines.find((l) => l.productId === productId);
  const quantity = line ? quantityOf(line.productId) : null;

  return (
    <div className="form-error po-over" role="alert" data-testid="transfer-below-zero">
      <p>{t('errors.stock_below_zero')}</p>
      {line && typeof onHand === 'number' && quantity !== null && (
        <p data-testid="transfer-below-zero-detail">
          {t('transfers.belowZero.detail', {
            name: line.name,
            location: locationName,
            onHand: format.quantity(onHand, line.unit),
            quantity: format.quantity(quantity, line.unit),
          })}
        </p>
      )}
      {onShipAnyway && (
        <div>
          <Button variant="danger" onClick={() => setAsking(true)} data-testid="transfer-ship-anyway">
            {t('transfers.belowZero.shipAnyway')}
          </Button>
        </div>
      )}
      {asking && onShipAnyway && (
        <ConfirmDialog
          title={t('transfers.belowZero.title')}
          confirmLabel={t('transfers.belowZero.shipAnyway')}
          danger
          testId="ship-anyway-dialog"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            await onShipAnyway();
            setAsking(false);
          }}
        >
          <p>{t('transfers.belowZero.body', { location: locationName })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
