import type { Me, Store, Supplier } from '@kassa/api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { Link } from '../../shared/components/link';
import { Loading } from '../../shared/components/loading';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { navigate } from '../../use-route';
import { StockTabs } from '../stock/stock-tabs';
import { SupplierForm } from './supplier-form';
import { SupplierProducts } from './supplier-products';
import '../stock/stock.css';
import './purchasing.css';

export type SupplierPageProps = {
  readonly store: Store;
  readonly me: Me;
  /** null: `/backoffice/stock/suppliers/new`. */
  readonly supplierId: string | null;
};

/**
 * `/backoffice/stock/suppliers/:id` (and `/new`): a supplier's details, then what it sells at what
 * cost and in which packs. A new supplier is saved first; its page then opens for its goods.
 */
export function SupplierPage({ store, me, supplierId }: SupplierPageProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const canManage = me.permissions.includes('purchase.manage');
  const [supplier, setSupplier] = useState<Supplier | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (supplierId === null) return;
    api.call('getSupplier', { params: { supplierId } }).then(setSupplier, setError);
  }, [supplierId]);

  const loaded = supplierId === null || supplier !== null;
  return (
    <section className="bo-page" data-testid="supplier-page">
      <header className="bo-page__header">
        <h1 data-testid="supplier-title">
          {supplierId === null
            ? t('purchasing.suppliers.add')
            : (supplier?.name ?? t('purchasing.supplier.title'))}
        </h1>
        <Link href="/backoffice/stock/suppliers">{t('common.back')}</Link>
      </header>
      <StockTabs current="suppliers" me={me} />
      {error !== null && (
        <p className="form-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {!loaded && error === null && <Loading />}
      {loaded && (
        <SupplierForm
          supplier={supplier}
          canManage={canManage}
          onSubmit={async (changes) => {
            if (supplier === null) {
              const { active: _, ...body } = changes;
              const created = await api.call('createSupplier', {
                body: { ...body, name: body.name ?? '' },
              });
              toast(t('purchasing.supplier.created', { name: created.name }), 'success');
              navigate(`/backoffice/stock/suppliers/${created.id}`, { replace: true });
            } else {
              setSupplier(
                await api.call('updateSupplier', { params: { supplierId: supplier.id }, body: changes }),
              );
              toast(t('purchasing.supplier.saved'), 'success');
            }
          }}
        />
      )}
      {supplier !== null && <SupplierProducts store={store} supplier={supplier} canManage={canManage} />}
    </section>
  );
}
