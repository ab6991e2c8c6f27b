import type { Me, Permission } from '@kassa/api';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';

/** A page of the stock section, as its tab knows it. */
export type StockPage =
  | 'locations'
  | 'receive'
  | 'orders'
  | 'reorder'
  | 'suppliers'
  | 'transfers'
  | 'counts'
  | 'adjust'
  | 'value';

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
  { page: 'reorder', href: '/backoffice/stock/reorder', title: 'reorder.title', permission: 'stock.read' },
  {
    page: 'suppliers',
    href: '/backoffice/stock/suppliers',
    title: 'purchasing.suppliers.title',
    permission: 'stock.read',
  },
  {
    page: 'transfers',
    href: '/backoffice/stock/transfers',
    title: 'transfers.title',
    permission: 'stock.read',
  },
  { page: 'counts', href: '/backoffice/stock/counts', title: 'counts.title', permission: 'stock.count' },
  {
    page: 'adjust',
    href: '/backoffice/stock/adjust',
    title: 'stock.adjust.title',
    permission: 'stock.adjust',
  },
  { page: 'value', href: '/backoffice/stock/value', title: 'stock.value.title', permission: 'report.read' },
];

/**
 * The stock pages the caller may open: locations, receiving, purchase orders, reorder suggestions,
 * suppliers, transfers, counts, write-offs and corrections, stock value. On a phone the row scrolls sideways, with the
 * current page's tab brought into view.
 */
export function StockTabs({ current, me }: { readonly current: StockPage; readonly me: Me }) {
  const { t } = useTranslation();
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const row = nav.current;
    const tab = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !tab || row.scrollWidth <= row.clientWidth) return;
    // Scrolls the row only (scrollIntoView would move the page too); the row is the tab's offsetParent.
    row.scrollLeft = tab.offsetLeft - (row.clientWidth - tab.offsetWidth) / 2;
  }, []);
  return (
    <nav className="stock-tabs" aria-label={t('stock.nav')} ref={nav}>
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
