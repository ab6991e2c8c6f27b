import type { Category, TaxClass } from '@kassa/api';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/components/button';
import { Field } from '../../shared/components/field';
import { Link } from '../../shared/components/link';
import { BarcodeRows } from './barcode-rows';
import type { DraftError, DraftErrors, ProductDraft } from './product-draft';

export type ProductFormProps = {
  readonly draft: ProductDraft;
  readonly errors: DraftErrors;
  readonly categories: readonly Category[];
  readonly taxClasses: readonly TaxClass[];
  readonly currency: string;
  readonly busy: boolean;
  readonly formError: string | null;
  readonly onChange: (draft: ProductDraft) => void;
  readonly onSubmit: () => void;
};

/** Create / edit a product. Prices are typed in yuan (the store currency) and parsed by the core. */
export function ProductForm(props: ProductFormProps) {
  const { t, i18n } = useTranslation();
  const { draft, errors, onChange } = props;
  // The server's own detail text is English: show it only beside the English translation.
  const withDetail = i18n.language.startsWith('en');
  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const message = (error: DraftError | undefined) =>
    error &&
    `${error.values ? t(error.key, error.values) : t(error.key)}${error.detail && withDetail ? ` (${error.detail})` : ''}`;
  const text = (
    key: 'sku' | 'name' | 'price' | 'cost' | 'plu' | 'reorderPoint',
    label: string,
    extra: { hint?: string; decimal?: boolean } = {},
  ) => (
    <Field label={label} error={message(errors[key])} hint={extra.hint} testId={`product-${key}`}>
      {(control) => (
        <input
          {...control}
          autoComplete="off"
          inputMode={extra.decimal ? 'decimal' : undefined}
          value={draft[key]}
          onChange={(e) => set(key, e.target.value)}
          data-testid={`product-${key}-input`}
        />
      )}
    </Field>
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }

  return (
    <form className="bo-form" onSubmit={submit} noValidate data-testid="product-form">
      {text('sku', t('product.sku'))}
      {text('name', t('product.name'))}
      <div className="form-row">
        <Field label={t('product.category')} error={message(errors.categoryId)} testId="product-category">
          {(control) => (
            <select
              {...control}
              value={draft.categoryId}
              onChange={(e) => set('categoryId', e.target.value)}
              data-testid="product-category-input"
            >
              <option value="">{t('product.noCategory')}</option>
              {props.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('product.unit')} testId="product-unit">
          {(control) => (
            <select
              {...control}
              value={draft.unit}
              onChange={(e) => set('unit', e.target.value === 'kg' ? 'kg' : 'piece')}
              data-testid="product-unit-input"
            >
              <option value="piece">{t('product.units.piece')}</option>
              <option value="kg">{t('product.units.kg')}</option>
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        {text('price', t('product.priceIn', { currency: props.currency }), {
          decimal: true,
          hint: t('product.priceHint'),
        })}
        {text('cost', t('product.costIn', { currency: props.currency }), { decimal: true })}
      </div>
      <Field label={t('product.taxClass')} error={message(errors.taxClassId)} testId="product-tax-class">
        {(control) => (
          <select
            {...control}
            value={draft.taxClassId}
            onChange={(e) => set('taxClassId', e.target.value)}
            data-testid="product-tax-class-input"
          >
            {props.taxClasses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <BarcodeRows
        barcodes={draft.barcodes}
        error={message(errors.barcodes)}
        onChange={(barcodes) => set('barcodes', barcodes)}
      />
      {text('plu', t('product.plu'), { hint: t('product.pluHint') })}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.trackStock}
          onChange={(e) => set('trackStock', e.target.checked)}
          data-testid="product-track-stock"
        />
        {t('product.trackStock')}
      </label>
      {draft.trackStock &&
        text('reorderPoint', t('product.reorderPoint'), {
          decimal: true,
          hint: t('product.reorderPointHint'),
        })}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.openPrice}
          onChange={(e) => set('openPrice', e.target.checked)}
          data-testid="product-open-price"
        />
        {t('product.openPrice')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.active}
          onChange={(e) => set('active', e.target.checked)}
          data-testid="product-active"
        />
        {t('product.activeLabel')}
      </label>
      {props.formError && (
        <p className="form-error" role="alert" data-testid="product-form-error">
          {props.formError}
        </p>
      )}
      <div className="dialog__actions">
        <Link href="/backoffice/products" className="btn btn--secondary" data-testid="product-cancel">
          {t('common.cancel')}
        </Link>
        <Button submit variant="primary" disabled={props.busy} data-testid="product-save">
          {props.busy ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
