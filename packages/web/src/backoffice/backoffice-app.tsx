import type { Me, Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { matchRoute } from '../match-route';
import { Loading } from '../shared/components/loading';
import { Redirect } from '../shared/components/redirect';
import { errorMessage } from '../shared/errors/error-message';
import { BackofficeHeader } from './backoffice-header';
import { BackofficeNav } from './backoffice-nav';
import { DevicesPage } from './devices/devices-page';
import { ProductEditPage } from './products/product-edit-page';
import { ProductsPage } from './products/products-page';
import { SaleDetailPage } from './sales/sale-detail-page';
import { SalesPage } from './sales/sales-page';
import { useStores } from './use-stores';
import './backoffice.css';

function Content({ path, store, me }: { readonly path: string; readonly store: Store; readonly me: Me }) {
  if (path === '/backoffice' || path === '/backoffice/') return <Redirect to="/backoffice/products" />;
  if (matchRoute('/backoffice/products', path)) return <ProductsPage store={store} />;
  if (matchRoute('/backoffice/products/new', path)) return <ProductEditPage store={store} productId={null} />;
  const product = matchRoute('/backoffice/products/:id', path);
  if (product?.id) return <ProductEditPage key={product.id} store={store} productId={product.id} />;
  if (matchRoute('/backoffice/sales', path)) return <SalesPage key={store.id} store={store} />;
  const sale = matchRoute('/backoffice/sales/:id', path);
  if (sale?.id) return <SaleDetailPage key={sale.id} store={store} saleId={sale.id} />;
  if (matchRoute('/backoffice/devices', path) && me.permissions.includes('register.manage')) {
    return <DevicesPage key={store.id} store={store} me={me} />;
  }
  return <Redirect to="/backoffice/products" />;
}

/** `/backoffice/…`: products, sales and registers, loaded on demand so the register bundle stays small. */
export default function BackofficeApp({ path, me }: { readonly path: string; readonly me: Me }) {
  const { t } = useTranslation();
  const { stores, store, select, error } = useStores();
  return (
    <div className="backoffice" data-testid="backoffice">
      <BackofficeHeader me={me} stores={stores ?? []} store={store} onSelectStore={select} />
      <BackofficeNav path={path} me={me} />
      <main className="bo-main">
        {error ? (
          <p className="form-error" role="alert">
            {errorMessage(t, error)}
          </p>
        ) : store ? (
          <Content path={path} store={store} me={me} />
        ) : stores ? (
          <p>{t('backoffice.noStores')}</p>
        ) : (
          <Loading />
        )}
      </main>
    </div>
  );
}
