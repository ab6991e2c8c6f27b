import type { StockTransfer } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { QuantityField } from '../stock/quantity-field';
import { readQuantity } from '../stock/quantity-text';
import { type CountedStep, type StepTexts, transferDifference } from './transfer-quantities';

export type TransferLinesProps = {
  readonly transfer: StockTransfer;
  /** While shipping or receiving: each line's count as typed, to change. */
  readonly editing?: {
    readonly step: CountedStep;
    readonly texts: StepTexts;
    readonly onChange: (productId: string, text: string) => void;
  };
};

/**
 * A transfer's goods: requested, shipped and received so far, with what went missing (短少) or came
 * extra (多出) once received. While a step counts the goods, each line takes its count, and the
 * difference it would make is shown as it is typed.
 */
export function TransferLines({ transfer, editing }: TransferLinesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="adjust-lines" data-testid="transfer-lines">
      {transfer.lines.map((line) => {
        const q = (quantity: number) => format.quantity(quantity, line.unit);
        const typed = editing ? readQuantity(editing.texts[line.productId] ?? '') : null;
        // Shipping compares with what was asked for; receiving with what left; after, as recorded.
        const gap = editing
          ? typed === null
            ? 0
            : (editing.step === 'ship' ? line.requested : (line.shipped ?? 0)) - typed
          : transferDifference(line);
        const difference =
          gap === 0 ? null : (
            <span
              className={gap > 0 ? 'po-short' : 'po-extra'}
              data-testid={gap > 0 ? 'transfer-line-short' : 'transfer-line-extra'}
            >
              {t(
                `transfers.line.${editing?.step === 'ship' ? 'ship' : 'receive'}.${gap > 0 ? 'short' : 'extra'}`,
                {
                  quantity: q(Math.abs(gap)),
                },
              )}
            </span>
          );
        return (
          <li
            key={line.productId}
            className="adjust-line po-line"
            data-testid="transfer-line"
            data-sku={line.sku}
          >
            <span className="po-card__main">
              <strong>{line.name}</strong>
              <span className="muted">{line.sku}</span>
              <span className="po-figures">
                <span data-testid="transfer-line-requested">
                  {t('transfers.line.requested', { quantity: q(line.requested) })}
                </span>
                {line.shipped !== null && (
                  <span data-testid="transfer-line-shipped">
                    {t('transfers.line.shipped', { quantity: q(line.shipped) })}
                  </span>
                )}
                {line.received !== null && (
                  <span data-testid="transfer-line-received">
                    {t('transfers.line.received', { quantity: q(line.received) })}
                  </span>
                )}
                {!editing && difference}
              </span>
            </span>
            {editing && (
              <QuantityField
                unit={line.unit}
                label={t(`transfers.line.${editing.step}.label`)}
                value={editing.texts[line.productId] ?? ''}
                placeholder="0"
                error={typed === null ? t('transfers.line.invalid') : undefined}
                hint={difference}
                onChange={(text) => editing.onChange(line.productId, text)}
                testId="transfer-line-quantity"
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
