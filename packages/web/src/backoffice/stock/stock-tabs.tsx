import type { Me, Permission } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';

/** A page of the stock section, as its tab knows it. */
export type StockPage = 'locations' | 'receive' | 'orders' | 'suppliers' | 'adjust' | 'value';

const PAGES: readonly { page: StockPage; href: string; title: string; permission: Permission }[] = [
  { page: 'locations', href: '/backoffice/stock', title: 'stock.locations.title', permission: 'stock.read' },
  {
    page: 'receive',
    href: '/backoffice/stock/receive',
    title: 'stock.receive.title',
    permission: 'stock.receive',
  },
  {
    page: 'orders',
    href: '/backoffice/stock/orders',
    title: 'purchasing.orders.title',
    permission: 'stock.read',
  },
  {
    page: 'suppliers',
    href: '/backoffice/stock/suppliers',
    title: 'purchasing.suppliers.title',
    permission: 'stock.read',
  },
  {
    page: 'adjust',
    href: '/backoffice/stock/adjust',
    title: 'stock.adjust.title',
    permission: 'stock.adjust',
  },
  { page: 'value', href: '/backoffice/stock/value', title: 'stock.value.title', permission: 'report.read' },
];

/**
 * The stock pages the caller may open: locations, receiving, purchase orders, suppliers, write-offs
 * and corrections, stock value.
 */
export function StockTabs({ current, me }: { readonly current: StockPage; readonly me: Me }) {
  const { t } = useTranslation();
  return (
    <nav className="stock-tabs" aria-label={t('stock.nav')}>
      {PAGES.filter(({ permission }) => me.permissions.includes(permission)).map(({ page, href, title }) => (
        <Link
          key={page}
          href={href}
          className="chip"
          aria-current={current === page ? 'page' : undefined}
          data-testid={`stock-tab-${page}`}
        >
          {t(title)}
        </Link>
      ))}
    </nav>
  );
}
