import type { Me, Permission } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../shared/components/icon';
import { Link } from '../shared/components/link';

type NavItem = {
  readonly href: string;
  readonly key: string;
  readonly icon: IconName;
  /** The message of its label; `backoffice.navItems.<key>` by default. */
  readonly label?: string;
  /** Shown only to those who hold it. */
  readonly permission?: Permission;
  /** Shown only to those who lack it (the way home replaced by the way to the register). */
  readonly without?: Permission;
  /** In the desktop sidebar only: a phone's tab bar is full (数据迁移 is then reached from 商品). */
  readonly desktopOnly?: boolean;
};

const ITEMS: readonly NavItem[] = [
  {
    href: '/backoffice/today',
    key: 'today',
    icon: 'today',
    label: 'reports.nav.today',
    permission: 'report.read',
  },
  {
    href: '/backoffice/reports',
    key: 'reports',
    icon: 'reports',
    label: 'reports.nav.reports',
    permission: 'report.read',
  },
  { href: '/backoffice/products', key: 'products', icon: 'products' },
  { href: '/backoffice/sales', key: 'sales', icon: 'sales' },
  {
    href: '/backoffice/stock',
    key: 'stock',
    icon: 'stock',
    label: 'stock.nav',
    permission: 'stock.read',
  },
  {
    href: '/backoffice/import',
    key: 'import',
    icon: 'import',
    label: 'import.nav',
    permission: 'catalog.write',
    desktopOnly: true,
  },
  {
    href: '/backoffice/devices',
    key: 'devices',
    icon: 'register',
    label: 'devices.nav',
    permission: 'register.manage',
  },
  {
    href: '/register',
    key: 'register',
    icon: 'register',
    label: 'reports.nav.register',
    permission: 'sale.create',
  },
  { href: '/', key: 'home', icon: 'home', without: 'sale.create' },
];

/** Sidebar on a desktop, tab bar at the bottom on a phone (the same list, laid out by CSS). */
export function BackofficeNav({ path, me }: { readonly path: string; readonly me: Me }) {
  const { t } = useTranslation();
  const items = ITEMS.filter(
    (item) =>
      (!item.permission || me.permissions.includes(item.permission)) &&
      (!item.without || !me.permissions.includes(item.without)),
  );
  return (
    <nav className="bo-nav" aria-label={t('backoffice.nav')}>
      {items.map((item) => {
        const current = item.href.startsWith('/backoffice/') && path.startsWith(item.href);
        return (
          <Link
            key={item.key}
            href={item.href}
            className={item.desktopOnly ? 'bo-nav__item bo-nav__item--desktop' : 'bo-nav__item'}
            aria-current={current ? 'page' : undefined}
            data-testid={`nav-${item.key}`}
          >
            <Icon name={item.icon} />{' '}
            <span className="bo-nav__label">{t(item.label ?? `backoffice.navItems.${item.key}`)}</span>
          </Link>
        );
      })}
    </nav>
  );
}
