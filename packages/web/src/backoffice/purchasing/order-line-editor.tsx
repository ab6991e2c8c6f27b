import { lineAmount } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { useFormat } from '../../shared/format/use-format';
import { UnitCostField } from '../stock/unit-cost-field';
import type { OrderDraftLine, ReadLine } from './order-draft';

export type OrderLineEditorProps = {
  readonly line: OrderDraftLine;
  readonly read: ReadLine;
  readonly currency: string;
  readonly onChange: (patch: Partial<Pick<OrderDraftLine, 'packs' | 'cost'>>) => void;
  readonly onRemove: () => void;
};

/**
 * A line of a draft order: typed in packs (箱数) of the supplier's pack size, at a cost per piece or
 * kg; what that makes in units and in money is shown as it is typed.
 */
export function OrderLineEditor({ line, read, currency, onChange, onRemove }: OrderLineEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const byUnit = line.packSize === 1000;
  return (
    <li className="adjust-line po-line" data-testid="order-line" data-sku={line.sku}>
      <span className="po-card__main">
        <strong>{line.name}</strong>
        <span className="muted">
          {[line.sku, line.supplierSku && t('purchasing.supplierSkuShort', { sku: line.supplierSku })]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </span>
      <Field
        label={byUnit ? t(`stock.adjust.quantity.${line.unit}`) : t('purchasing.order.packs')}
        hint={
          byUnit
            ? undefined
            : t(`purchasing.order.packOf.${line.unit}`, { size: format.quantity(line.packSize, line.unit) })
        }
        error={read.quantity === null ? t('stock.adjust.quantity.invalid') : undefined}
        className="adjust-line__quantity"
      >
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            value={line.packs}
            onChange={(e) => onChange({ packs: e.target.value })}
            data-testid="order-line-packs"
          />
        )}
      </Field>
      <UnitCostField
        unit={line.unit}
        value={line.cost}
        onChange={(cost) => onChange({ cost })}
        invalid={read.unitCost === null}
        testId="order-line-cost"
      />
      <span className="po-line__amount">
        {read.quantity !== null && (
          <span className="muted" data-testid="order-line-quantity">
            {t(`purchasing.order.units.${line.unit}`, {
              quantity: format.quantity(read.quantity, line.unit),
            })}
          </span>
        )}
        <strong data-testid="order-line-amount">
          {read.quantity !== null && read.unitCost !== null
            ? format.money(lineAmount(read.unitCost, read.quantity), currency)
            : '—'}
        </strong>
      </span>
      <Button onClick={onRemove} data-testid="order-line-remove">
        {t('stock.adjust.remove')}
      </Button>
    </li>
  );
}
