import type { SupplierProduct, SupplierProductBody } from '@kassa/api';
import { formatDecimal, parseMoney, Quantity, type Unit } from '@kassa/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Dialog } from '../../shared/components/dialog';
import { Field } from '../../shared/components/field';
import { errorMessage, fieldIssues } from '../../shared/errors/error-message';
import { thousandthsText } from '../stock/quantity-text';

/** The product whose terms are set, and the cost to offer when the supplier has none for it yet. */
export type SupplierProductTarget = {
  readonly productId: string;
  readonly name: string;
  readonly unit: Unit;
  readonly cost: number | null;
};

export type SupplierProductDialogProps = {
  readonly target: SupplierProductTarget;
  /** The supplier's terms so far; null for a product it is not known to sell. */
  readonly item: SupplierProduct | null;
  readonly currency: string;
  readonly onSubmit: (body: Required<SupplierProductBody>) => Promise<void>;
  readonly onClose: () => void;
};

/**
 * 供货条件: the supplier's item number for the product, its cost per piece or kg (in yuan, parsed
 * like every amount) and its pack size (箱规) in pieces or kg: a case of 24 is typed 24.
 */
export function SupplierProductDialog({
  target,
  item,
  currency,
  onSubmit,
  onClose,
}: SupplierProductDialogProps) {
  const { t } = useTranslation();
  const [supplierSku, setSupplierSku] = useState(item?.supplierSku ?? '');
  const [cost, setCost] = useState(() => {
    const known = item?.unitCost ?? target.cost;
    return known === null ? '' : formatDecimal(known, currency);
  });
  const [pack, setPack] = useState(thousandthsText(item?.packSize ?? Quantity.ONE));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const issues = fieldIssues(failure);

  const parsedCost = parseMoney(cost, currency);
  const unitCost = parsedCost.ok && parsedCost.value.amount >= 0 ? parsedCost.value.amount : null;
  const parsedPack = Quantity.parse(pack);
  const packSize = parsedPack.ok && parsedPack.value > 0 ? parsedPack.value : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (unitCost === null || packSize === null || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit({ supplierSku: supplierSku.trim(), unitCost, packSize });
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('purchasing.supplierProducts.dialogTitle', { name: target.name })}
      testId="supplier-product-form"
    >
      <form onSubmit={submit} noValidate>
        <Field label={t('purchasing.supplierProducts.supplierSku')}>
          {(control) => (
            <input
              {...control}
              value={supplierSku}
              maxLength={40}
              onChange={(e) => setSupplierSku(e.target.value)}
              data-testid="supplier-product-sku"
            />
          )}
        </Field>
        <Field
          label={t(`stock.receive.unitCost.${target.unit}`)}
          error={unitCost === null || issues.unitCost ? t('stock.receive.unitCost.invalid') : undefined}
          testId="supplier-product-cost"
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={cost}
              onChange={(e) => setCost(e.target.value)}
              data-testid="supplier-product-cost-input"
            />
          )}
        </Field>
        <Field
          label={t(`purchasing.packSize.${target.unit}`)}
          hint={t('purchasing.packSize.hint')}
          error={packSize === null || issues.packSize ? t('stock.adjust.quantity.invalid') : undefined}
          testId="supplier-product-pack"
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={pack}
              onChange={(e) => setPack(e.target.value)}
              data-testid="supplier-product-pack-input"
            />
          )}
        </Field>
        {failure !== null && Object.keys(issues).length === 0 && (
          <p className="form-error" role="alert" data-testid="supplier-product-form-error">
            {errorMessage(t, failure)}
          </p>
        )}
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            submit
            variant="primary"
            disabled={busy || unitCost === null || packSize === null}
            data-testid="supplier-product-save"
          >
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
