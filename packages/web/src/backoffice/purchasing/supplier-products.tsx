import type { Product, Store, Supplier, SupplierProduct } from '@kassa/api';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Button } from '../../shared/components/button';
import { ConfirmDialog } from '../../shared/components/confirm-dialog';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { useFormat } from '../../shared/format/use-format';
import { GoodsSearch } from '../stock/goods-search';
import { SupplierProductDialog, type SupplierProductTarget } from './supplier-product-dialog';

type Open =
  | { readonly kind: 'edit'; readonly target: SupplierProductTarget; readonly item: SupplierProduct | null }
  | { readonly kind: 'remove'; readonly item: SupplierProduct };

/**
 * 供货商品: what the supplier sells, with its item number, the cost per piece or kg and the pack
 * orders come in. A product is added by scanning or searching it, then its terms are typed.
 */
export function SupplierProducts({
  store,
  supplier,
  canManage,
}: {
  readonly store: Store;
  readonly supplier: Supplier;
  readonly canManage: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const [items, setItems] = useState<readonly SupplierProduct[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open | null>(null);

  const reload = useCallback(async () => {
    try {
      setItems((await api.call('listSupplierProducts', { params: { supplierId: supplier.id } })).items);
    } catch (failure) {
      setError(errorMessage(t, failure));
    }
  }, [supplier.id, t]);
  useEffect(() => void reload(), [reload]);

  const pick = (product: Product) => {
    const item = items?.find((i) => i.productId === product.id) ?? null;
    const target = { productId: product.id, name: product.name, unit: product.unit, cost: product.cost };
    setOpen({ kind: 'edit', target, item });
  };
  const close = () => setOpen(null);

  return (
    <section className="po-section" data-testid="supplier-products">
      <h2>{t('purchasing.supplierProducts.title')}</h2>
      {canManage && <GoodsSearch store={store} onPick={pick} onError={setError} />}
      {error !== null && (
        <p className="form-error" role="alert" data-testid="supplier-products-error">
          {error}
        </p>
      )}
      {items?.length === 0 && <p className="muted">{t('purchasing.supplierProducts.none')}</p>}
      <ul className="adjust-lines">
        {items?.map((item) => (
          <li key={item.productId} className="adjust-line" data-testid="supplier-product">
            <span className="po-card__main">
              <strong>{item.name}</strong>
              <span className="muted">
                {[item.sku, item.supplierSku && t('purchasing.supplierSkuShort', { sku: item.supplierSku })]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
            <span data-testid="supplier-product-terms">
              {t(`purchasing.supplierProducts.terms.${item.unit}`, {
                cost: format.money(item.unitCost, store.currency),
                pack: format.quantity(item.packSize, item.unit),
              })}
            </span>
            {canManage && (
              <span className="location__actions">
                <Button
                  onClick={() =>
                    setOpen({
                      kind: 'edit',
                      target: {
                        productId: item.productId,
                        name: item.name,
                        unit: item.unit,
                        cost: item.unitCost,
                      },
                      item,
                    })
                  }
                  data-testid="supplier-product-edit"
                >
                  {t('purchasing.supplierProducts.edit')}
                </Button>
                <Button
                  onClick={() => setOpen({ kind: 'remove', item })}
                  data-testid="supplier-product-remove"
                >
                  {t('stock.adjust.remove')}
                </Button>
              </span>
            )}
          </li>
        ))}
      </ul>

      {open?.kind === 'edit' && (
        <SupplierProductDialog
          target={open.target}
          item={open.item}
          currency={store.currency}
          onClose={close}
          onSubmit={async (body) => {
            await api.call('setSupplierProduct', {
              params: { supplierId: supplier.id, productId: open.target.productId },
              body,
            });
            close();
            toast(t('purchasing.supplierProducts.saved', { name: open.target.name }), 'success');
            await reload();
          }}
        />
      )}
      {open?.kind === 'remove' && (
        <ConfirmDialog
          title={t('purchasing.supplierProducts.removeTitle', { name: open.item.name })}
          confirmLabel={t('stock.adjust.remove')}
          danger
          testId="remove-supplier-product-dialog"
          onClose={close}
          onConfirm={async () => {
            await api.call('removeSupplierProduct', {
              params: { supplierId: supplier.id, productId: open.item.productId },
            });
            close();
            await reload();
          }}
        >
          <p>{t('purchasing.supplierProducts.removeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
