import { lineAmount } from '@kassa/core';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { useFormat } from '../../shared/format/use-format';
import type { Suggestion } from './reorder-groups';
import { type ReorderPick, readPick } from './reorder-order';
import { quantityText, reorderReason } from './reorder-reason';

export type ReorderLineProps = {
  readonly item: Suggestion;
  readonly coverDays: number;
  readonly currency: string;
  /** The line as picked; null when it cannot be ordered from here (no supplier, or not allowed). */
  readonly pick: ReorderPick | null;
  readonly onPick: (pick: ReorderPick) => void;
  /** Opens the product's reorder rule; absent for those who may not set one. */
  readonly onEditRule?: (() => void) | undefined;
};

/**
 * A suggested product: what is held and on its way, its rule and forecast, why it is suggested in
 * words, and the packs to order (ticked to go on the supplier's order).
 */
export function ReorderLine({ item, coverDays, currency, pick, onPick, onEditRule }: ReorderLineProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const q = (quantity: number | null) =>
    quantity === null ? '—' : quantityText(t, format, quantity, item.unit);
  const read = pick ? readPick(item, pick, currency) : null;
  const days = Math.max(1, item.leadTimeDays ?? 0) + coverDays;
  const byUnit = item.packSize === 1000;

  return (
    <li className="reorder-line" data-testid="reorder-line" data-sku={item.sku}>
      <div className="reorder-line__head">
        {pick && (
          <input
            type="checkbox"
            className="reorder-line__check"
            checked={pick.checked}
            aria-label={t('reorder.pick', { name: item.name })}
            onChange={(e) => onPick({ ...pick, checked: e.target.checked })}
            data-testid="reorder-line-check"
          />
        )}
        <span className="reorder-line__name">
          <strong>{item.name}</strong>
          <span className="muted">
            {item.sku} · <span data-testid="reorder-line-basis">{t(`reorder.basis.${item.basis}`)}</span>
          </span>
        </span>
        {onEditRule && (
          <Button variant="ghost" onClick={onEditRule} data-testid="reorder-line-rule">
            {t('reorder.editRule')}
          </Button>
        )}
      </div>
      <dl className="reorder-figures">
        <div>
          <dt>{t('reorder.figures.onHand')}</dt>
          <dd data-testid="reorder-line-on-hand">{q(item.onHand)}</dd>
        </div>
        <div>
          <dt>{t('reorder.figures.onOrder')}</dt>
          <dd>{q(item.onOrder)}</dd>
        </div>
        <div>
          <dt>{t('reorder.figures.point')}</dt>
          <dd>{q(item.reorderPoint)}</dd>
        </div>
        <div>
          <dt>{t('reorder.figures.quantity')}</dt>
          <dd>{q(item.reorderQuantity)}</dd>
        </div>
        <div>
          <dt>{t('reorder.figures.forecast', { days })}</dt>
          <dd>{q(item.forecastDemand)}</dd>
        </div>
      </dl>
      <p className="reorder-line__why" data-testid="reorder-line-why">
        {reorderReason(t, format, item, coverDays)}
      </p>
      {pick ? (
        <div className="reorder-line__order">
          <Field
            label={byUnit ? t(`reorder.units.${item.unit}`) : t('reorder.packs')}
            hint={
              byUnit
                ? undefined
                : t(`reorder.packOf.${item.unit}`, { size: format.quantity(item.packSize, item.unit) })
            }
            error={read?.quantity === null ? t('stock.adjust.quantity.invalid') : undefined}
            className="adjust-line__quantity"
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={pick.packs}
                onChange={(e) => onPick({ ...pick, packs: e.target.value })}
                data-testid="reorder-line-packs"
              />
            )}
          </Field>
          {read && read.quantity !== null && read.unitCost !== null && (
            <span className="reorder-line__total" data-testid="reorder-line-total">
              {t('reorder.total', {
                quantity: q(read.quantity),
                amount: format.money(lineAmount(read.unitCost, read.quantity), currency),
              })}
            </span>
          )}
        </div>
      ) : (
        <p className="reorder-line__total" data-testid="reorder-line-total">
          {q(item.quantity)}
        </p>
      )}
    </li>
  );
}
