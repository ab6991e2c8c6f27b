import type { Store, TaxClass } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { useToast } from '../../shared/components/use-toast';
import { errorCode, errorMessage, fieldIssues } from '../../shared/errors/error-message';
import { navigate } from '../../use-route';
import {
  type DraftErrors,
  draftFromProduct,
  emptyDraft,
  type ProductDraft,
  productBodyFromDraft,
} from './product-draft';
import { ProductForm } from './product-form';
import { useProductOptions } from './use-product-options';

// Conflicts name a field of the form: the message goes under it.
const CONFLICT_FIELD = {
  sku_taken: 'sku',
  barcode_taken: 'barcodes',
  plu_taken: 'plu',
  reorder_point_untracked: 'reorderPoint',
} as const;

/** A new product starts in the standard rate (the highest: 13% VAT in China), not in 免税. */
function standardTaxClass(classes: readonly TaxClass[]): string {
  return [...classes].sort((a, b) => b.ratePpm - a.ratePpm)[0]?.id ?? '';
}

/** `/backoffice/products/new` and `/backoffice/products/:id`. */
export function ProductEditPage({
  store,
  productId,
}: {
  readonly store: Store;
  readonly productId: string | null;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const options = useProductOptions();
  const [draft, setDraft] = useState<ProductDraft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const taxClasses = options.taxClasses;

  useEffect(() => {
    if (productId === null) {
      if (taxClasses) setDraft((d) => d ?? emptyDraft(standardTaxClass(taxClasses)));
      return;
    }
    api.call('getProduct', { params: { id: productId } }).then(
      (product) => setDraft(draftFromProduct(product, store.currency, store.id)),
      (failure: unknown) => setFormError(errorMessage(t, failure)),
    );
  }, [productId, taxClasses, store.currency, store.id, t]);

  async function save() {
    if (!draft || busy) return;
    const result = productBodyFromDraft(draft, store.currency, store.id);
    if (!result.ok) {
      setErrors(result.errors);
      setFormError(t('product.errors.fix'));
      return;
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      if (productId === null) await api.call('createProduct', { body: result.body });
      else await api.call('updateProduct', { params: { id: productId }, body: result.body });
      toast(t('product.saved'), 'success');
      navigate('/backoffice/products');
    } catch (failure) {
      setBusy(false);
      const code = errorCode(failure);
      const next: DraftErrors = Object.fromEntries(
        Object.entries(fieldIssues(failure)).map(([field, issue]) => [
          field,
          { key: 'product.errors.invalid', detail: issue.message },
        ]),
      );
      const field = CONFLICT_FIELD[code as keyof typeof CONFLICT_FIELD];
      if (field) setErrors({ ...next, [field]: { key: `errors.${code}` } });
      else setErrors(next);
      setFormError(errorMessage(t, failure));
    }
  }

  return (
    <section className="bo-page" data-testid="product-edit-page">
      <header className="bo-page__header">
        <h1>{productId === null ? t('product.new') : t('product.edit')}</h1>
        <Link href="/backoffice/products">{t('common.back')}</Link>
      </header>
      {draft && taxClasses ? (
        <ProductForm
          draft={draft}
          errors={errors}
          categories={options.categories}
          taxClasses={taxClasses}
          currency={store.currency}
          busy={busy}
          formError={formError}
          onChange={setDraft}
          onSubmit={() => void save()}
        />
      ) : formError ? (
        <p className="form-error" role="alert" data-testid="product-form-error">
          {formError}
        </p>
      ) : (
        <Loading />
      )}
    </section>
  );
}
