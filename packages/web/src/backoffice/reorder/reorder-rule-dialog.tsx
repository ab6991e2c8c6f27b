import type { Store } from '@kassa/api';
import { Quantity, type Unit } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { GoodsSearch } from '../stock/goods-search';
import { thousandthsText } from '../stock/quantity-text';

/** The product whose rule is set, with the rule it has (null: none, or not known). */
export type RuleTarget = {
  readonly productId: string;
  readonly name: string;
  readonly unit: Unit;
  readonly reorderPoint: number | null;
  readonly reorderQuantity: number | null;
};

export type ReorderRuleDialogProps = {
  readonly store: Store;
  readonly locationId: string;
  /** null: the product is chosen first, by scan or search. */
  readonly target: RuleTarget | null;
  readonly onSaved: () => void;
  readonly onClose: () => void;
};

/** A typed quantity: null for an empty field (no rule), undefined when the text does not read. */
function readOptional(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const parsed = Quantity.parse(text);
  return parsed.ok ? parsed.value : undefined;
}

const asText = (value: number | null) => (value === null ? '' : thousandthsText(value));

/**
 * 补货规则 of a product at a location: the reorder point (order once on hand plus on order falls to
 * it) and the reorder quantity (how much each time); either left empty is no rule of that part.
 */
export function ReorderRuleDialog({ store, locationId, target, onSaved, onClose }: ReorderRuleDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [product, setProduct] = useState<RuleTarget | null>(target);
  const [pointText, setPointText] = useState(asText(target?.reorderPoint ?? null));
  const [quantityText, setQuantityText] = useState(asText(target?.reorderQuantity ?? null));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const point = readOptional(pointText);
  const quantity = readOptional(quantityText);
  const valid = point !== undefined && quantity !== undefined && quantity !== 0;

  async function save(rule: { reorderPoint: number | null; reorderQuantity: number | null }) {
    if (product === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.call('setReorderRule', { params: { locationId, productId: product.productId }, body: rule });
      toast(t('reorder.rule.saved'), 'success');
      onSaved();
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) void save({ reorderPoint: point, reorderQuantity: quantity });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={product ? t('reorder.rule.title', { name: product.name }) : t('reorder.setRule')}
      testId="reorder-rule-dialog"
    >
      {product === null ? (
        <>
          <p className="muted">{t('reorder.rule.choose')}</p>
          <GoodsSearch
            store={store}
            onPick={(picked) =>
              setProduct({
                productId: picked.id,
                name: picked.name,
                unit: picked.unit,
                reorderPoint: null,
                reorderQuantity: null,
              })
            }
            onError={setError}
          />
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field
            label={t(`reorder.rule.point.${product.unit}`)}
            hint={t('reorder.rule.pointHint')}
            error={point === undefined ? t('reorder.rule.invalid') : undefined}
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={pointText}
                onChange={(e) => setPointText(e.target.value)}
                data-testid="reorder-rule-point"
              />
            )}
          </Field>
          <Field
            label={t(`reorder.rule.quantity.${product.unit}`)}
            hint={t('reorder.rule.quantityHint')}
            error={
              quantity === undefined
                ? t('reorder.rule.invalid')
                : quantity === 0
                  ? t('reorder.rule.zero')
                  : undefined
            }
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={quantityText}
                onChange={(e) => setQuantityText(e.target.value)}
                data-testid="reorder-rule-quantity"
              />
            )}
          </Field>
          <div className="dialog__actions">
            <Button
              variant="danger"
              disabled={busy}
              onClick={() => void save({ reorderPoint: null, reorderQuantity: null })}
              data-testid="reorder-rule-clear"
            >
              {t('reorder.rule.clear')}
            </Button>
            <Button submit variant="primary" disabled={busy || !valid} data-testid="reorder-rule-save">
              {t('common.save')}
            </Button>
          </div>
        </form>
      )}
      {error !== null && (
        <p className="form-error" role="alert" data-testid="reorder-rule-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
