import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { useFormat } from '../../shared/format/use-format';
import { QuantityField } from '../stock/quantity-field';
import { thousandthsText } from '../stock/quantity-text';
import { UnitCostField } from '../stock/unit-cost-field';
import { type CountLine, type ReadCount, remaining } from './order-count';

export type OrderCountLinesProps = {
  readonly lines: readonly CountLine[];
  readonly read: readonly ReadCount[];
  readonly onChange: (productId: string, patch: Partial<Pick<CountLine, 'count' | 'cost'>>) => void;
};

/**
 * The order's lines as the clerk counts the delivery: ordered, received before and still to come,
 * then the count (empty until counted; 收齐 fills in what is still to come) and the cost from the
 * order. A count beyond what is to come, or a product not ordered, is pointed out before booking.
 */
export function OrderCountLines({ lines, read, onChange }: OrderCountLinesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="adjust-lines" data-testid="receive-lines">
      {lines.map((line, i) => {
        const left = remaining(line);
        const counted = read[i]?.quantity ?? null;
        const extra = counted === null ? 0 : counted - left;
        return (
          <li
            key={line.productId}
            className="adjust-line po-line"
            data-testid="receive-line"
            data-sku={line.sku}
          >
            <span className="po-card__main">
              <strong>{line.name}</strong>
              <span className="muted">{line.sku}</span>
              {line.ordered === 0 ? (
                <span className="po-extra" data-testid="receive-line-not-ordered">
                  {t('purchasing.receive.notOrdered')}
                </span>
              ) : (
                <span className="po-figures">
                  <span data-testid="receive-line-ordered">
                    {t('purchasing.receive.ordered', { quantity: format.quantity(line.ordered, line.unit) })}
                  </span>
                  <span data-testid="receive-line-received">
                    {t('purchasing.receive.receivedBefore', {
                      quantity: format.quantity(line.received, line.unit),
                    })}
                  </span>
                  <strong data-testid="receive-line-remaining">
                    {t('purchasing.receive.remaining', { quantity: format.quantity(left, line.unit) })}
                  </strong>
                </span>
              )}
            </span>
            <QuantityField
              unit={line.unit}
              value={line.count}
              placeholder="0"
              error={counted === null ? t('stock.adjust.quantity.invalid') : undefined}
              hint={
                extra > 0 && line.ordered > 0 ? (
                  <span className="po-extra" data-testid="receive-line-over">
                    {t('purchasing.receive.moreThanOrdered', { quantity: format.quantity(extra, line.unit) })}
                  </span>
                ) : undefined
              }
              onChange={(count) => onChange(line.productId, { count })}
              testId="receive-line-quantity"
            />
            <UnitCostField
              unit={line.unit}
              value={line.cost}
              onChange={(cost) => onChange(line.productId, { cost })}
              invalid={counted !== 0 && read[i]?.unitCost === null}
              testId="receive-line-cost"
            />
            {left > 0 && (
              <Button
                onClick={() => onChange(line.productId, { count: thousandthsText(left) })}
                data-testid="receive-line-fill"
              >
                {t('purchasing.receive.fill')}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
