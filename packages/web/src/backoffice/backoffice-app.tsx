import type { Me, Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { matchRoute } from '../match-route';
import { Loading } from '../shared/components/loading';
import { Redirect } from '../shared/components/redirect';
import { errorMessage } from '../shared/errors/error-message';
import { useManifest } from '../shared/pwa/use-manifest';
import { backofficeHome, canReadReports } from '../shared/session/roles';
import { AlertsPage } from './alerts/alerts-page';
import { BackofficeHeader } from './backoffice-header';
import { BackofficeNav } from './backoffice-nav';
import { CountPage } from './counts/count-page';
import { CountsPage } from './counts/counts-page';
import { DevicesPage } from './devices/devices-page';
import { ImportPage } from './import/import-page';
import { ProductEditPage } from './products/product-edit-page';
import { ProductsPage } from './products/products-page';
import { PurchaseOrderPage } from './purchasing/purchase-order-page';
import { PurchaseOrdersPage } from './purchasing/purchase-orders-page';
import { SupplierPage } from './purchasing/supplier-page';
import { SuppliersPage } from './purchasing/suppliers-page';
import { ReorderPage } from './reorder/reorder-page';
import { ReportsPage } from './reports/reports-page';
import { SaleDetailPage } from './sales/sale-detail-page';
import { SalesPage } from './sales/sales-page';
import { StockAdjustPage } from './stock/stock-adjust-page';
import { StockLocationsPage } from './stock/stock-locations-page';
import { StockReceivePage } from './stock/stock-receive-page';
import { StockValuePage } from './stock/stock-value-page';
import { TodayPage } from './today/today-page';
import { TransferNewPage } from './transfers/transfer-new-page';
import { TransferPage } from './transfers/transfer-page';
import { TransfersPage } from './transfers/transfers-page';
import { useStores } from './use-stores';
import './backoffice.css';

type ContentProps = {
  readonly path: string;
  readonly store: Store;
  readonly stores: readonly Store[];
  readonly me: Me;
};

function Content({ path, store, stores, me }: ContentProps) {
  const home = backofficeHome(me);
  if (path === '/backoffice' || path === '/backoffice/') return <Redirect to={home} />;
  const readsReports = canReadReports(me);
  if (readsReports) {
    if (matchRoute('/backoffice/today', path)) return <TodayPage key={store.id} store={store} />;
    if (matchRoute('/backoffice/alerts', path)) return <AlertsPage key={store.id} store={store} me={me} />;
    if (matchRoute('/backoffice/reports', path)) return <Redirect to="/backoffice/reports/sales" />;
    const report = matchRoute('/backoffice/reports/:report', path);
    if (report?.report) return <ReportsPage report={report.report} store={store} stores={stores} />;
  }
  if (matchRoute('/backoffice/products', path)) return <ProductsPage store={store} />;
  if (matchRoute('/backoffice/products/new', path)) return <ProductEditPage store={store} productId={null} />;
  const product = matchRoute('/backoffice/products/:id', path);
  if (product?.id) return <ProductEditPage key={product.id} store={store} productId={product.id} />;
  if (matchRoute('/backoffice/sales', path)) return <SalesPage key={store.id} store={store} />;
  const sale = matchRoute('/backoffice/sales/:id', path);
  if (sale?.id) return <SaleDetailPage key={sale.id} store={store} saleId={sale.id} />;
  if (matchRoute('/backoffice/stock', path) && me.permissions.includes('stock.read')) {
    return <StockLocationsPage key={store.id} store={store} me={me} />;
  }
  if (matchRoute('/backoffice/stock/receive', path) && me.permissions.includes('stock.receive')) {
    return <StockReceivePage key={store.id} store={store} me={me} />;
  }
  if (matchRoute('/backoffice/stock/adjust', path) && me.permissions.includes('stock.adjust')) {
    return <StockAdjustPage key={store.id} store={store} me={me} />;
  }
  if (matchRoute('/backoffice/stock/value', path) && me.permissions.includes('report.read')) {
    return <StockValuePage key={store.id} store={store} me={me} />;
  }
  const purchasing = purchasingPage(path, store, me);
  if (purchasing) return purchasing;
  const moves = transferOrCountPage(path, store, stores, me);
  if (moves) return moves;
  if (matchRoute('/backoffice/import', path) && me.permissions.includes('catalog.write')) {
    return <ImportPage key={store.id} store={store} stores={stores} me={me} />;
  }
  if (matchRoute('/backoffice/devices', path) && me.permissions.includes('register.manage')) {
    return <DevicesPage key={store.id} store={store} me={me} />;
  }
  return <Redirect to={home} />;
}

/**
 * `/backoffice/stock/orders[/new|/:id]`, `/backoffice/stock/suppliers[/new|/:id]` and
 * `/backoffice/stock/reorder`: seen by those who read stock; `new` only by those who keep purchasing.
 */
function purchasingPage(path: string, store: Store, me: Me) {
  if (!me.permissions.includes('stock.read')) return null;
  const manages = me.permissions.includes('purchase.manage');
  if (matchRoute('/backoffice/stock/orders', path))
    return <PurchaseOrdersPage key={store.id} store={store} me={me} />;
  if (matchRoute('/backoffice/stock/suppliers', path)) return <SuppliersPage me={me} />;
  if (matchRoute('/backoffice/stock/reorder', path))
    return <ReorderPage key={store.id} store={store} me={me} />;
  const order = matchRoute('/backoffice/stock/orders/:id', path)?.id;
  if (order === 'new')
    return manages ? <PurchaseOrderPage key="new" store={store} me={me} orderId={null} /> : null;
  if (order) return <PurchaseOrderPage key={order} store={store} me={me} orderId={order} />;
  const supplier = matchRoute('/backoffice/stock/suppliers/:id', path)?.id;
  if (supplier === 'new')
    return manages ? <SupplierPage key="new" store={store} me={me} supplierId={null} /> : null;
  if (supplier) return <SupplierPage key={supplier} store={store} me={me} supplierId={supplier} />;
  return null;
}

/**
 * `/backoffice/stock/transfers[/new|/:id]`, seen by those who read stock (`new` by those who
 * transfer), and `/backoffice/stock/counts[/:id]`, by those who take part in counts.
 */
function transferOrCountPage(path: string, store: Store, stores: readonly Store[], me: Me) {
  const may = (permission: Me['permissions'][number]) => me.permissions.includes(permission);
  if (may('stock.read')) {
    if (matchRoute('/backoffice/stock/transfers', path))
      return <TransfersPage key={store.id} store={store} stores={stores} me={me} />;
    const transfer = matchRoute('/backoffice/stock/transfers/:id', path)?.id;
    if (transfer === 'new')
      return may('stock.transfer') ? (
        <TransferNewPage key={store.id} store={store} stores={stores} me={me} />
      ) : null;
    if (transfer)
      return <TransferPage key={transfer} store={store} stores={stores} me={me} transferId={transfer} />;
  }
  if (may('stock.count')) {
    if (matchRoute('/backoffice/stock/counts', path))
      return <CountsPage key={store.id} store={store} stores={stores} me={me} />;
    const count = matchRoute('/backoffice/stock/counts/:id', path)?.id;
    if (count) return <CountPage key={count} store={store} stores={stores} me={me} countId={count} />;
  }
  return null;
}

/** `/backoffice/…`: today, reports, alerts, products, sales, stock locations and registers, loaded on demand so the register bundle stays small. */
export default function BackofficeApp({ path, me }: { readonly path: string; readonly me: Me }) {
  const { t } = useTranslation();
  const { stores, store, select, error } = useStores();
  useManifest('/owner.webmanifest');
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
          <Content path={path} store={store} stores={stores ?? []} me={me} />
        ) : stores ? (
          <p>{t('backoffice.noStores')}</p>
        ) : (
          <Loading />
        )}
      </main>
    </div>
  );
}
