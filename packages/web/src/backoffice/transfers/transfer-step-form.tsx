import type { StockTransfer } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { errorMessage } from '../../shared/errors/error-message';
import { readQuantity } from '../stock/quantity-text';
import { BelowZeroNotice, isBelowZero } from './below-zero-notice';
import { TransferLines } from './transfer-lines';
import { type CountedStep, stepLines, stepTexts } from './transfer-quantities';
import type { TransferAction } from './use-transfer';

export type TransferStepFormProps = {
  readonly transfer: StockTransfer;
  readonly step: CountedStep;
  /** The location the goods leave, by name, for the below-zero notice. */
  readonly fromName: string;
  /** May ship beyond what is on hand (`stock.negative`). */
  readonly mayGoNegative: boolean;
  readonly onAct: (action: TransferAction) => Promise<void>;
};

/**
 * 发货 or 收货: each line's count, prefilled (what was requested, or what was shipped) so that only
 * what differs is typed, then sent as the transfer's next step. Shipping more than the location
 * holds is refused in words, with "ship anyway" for those who may.
 */
export function TransferStepForm({ transfer, step, fromName, mayGoNegative, onAct }: TransferStepFormProps) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState(() => stepTexts(transfer, step));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const lines = stepLines(transfer, texts);

  async function send(allowNegative: boolean) {
    if (lines === null) return;
    await onAct(step === 'ship' ? { step, lines, allowNegative } : { step, lines });
  }
  const submit = () => {
    setBusy(true);
    setFailure(null);
    send(false)
      .catch(setFailure)
      .finally(() => setBusy(false));
  };

  return (
    <div className="transfer-step" data-testid={`transfer-${step}-form`}>
      <p className="muted">{t(`transfers.${step}.howTo`)}</p>
      <TransferLines
        transfer={transfer}
        editing={{
          step,
          texts,
          onChange: (productId, text) => setTexts((current) => ({ ...current, [productId]: text })),
        }}
      />
      {failure !== null && !isBelowZero(failure) && (
        <p className="form-error" role="alert" data-testid="transfer-step-error">
          {errorMessage(t, failure)}
        </p>
      )}
      {isBelowZero(failure) && (
        <BelowZeroNotice
          failure={failure}
          transfer={transfer}
          locationName={fromName}
          quantityOf={(productId) => readQuantity(texts[productId] ?? '')}
          onShipAnyway={mayGoNegative ? () => send(true) : null}
        />
      )}
      <div>
        <Button
          variant="primary"
          size="lg"
          disabled={lines === null || busy}
          onClick={submit}
          data-testid={`transfer-${step}`}
        >
          {t(`transfers.${step}.submit`)}
        </Button>
      </div>
    </div>
  );
}
