import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/components/icon';
import { Link } from '../shared/components/link';

const ITEMS = [
  { href: '/backoffice/products', key: 'products', icon: 'products' },
  { href: '/backoffice/sales', key: 'sales', icon: 'sales' },
  { href: '/', key: 'home', icon: 'home' },
] as const;

/** Sidebar on a desktop, tab bar at the bottom on a phone (the same list, laid out by CSS). */
export function BackofficeNav({ path }: { readonly path: string }) {
  const { t } = useTranslation();
  return (
    <nav className="bo-nav" aria-label={t('backoffice.nav')}>
      {ITEMS.map((item) => {
        const current = item.href !== '/' && path.startsWith(item.href);
        return (
          <Link
            key={item.key}
            href={item.href}
            className="bo-nav__item"
            aria-current={current ? 'page' : undefined}
            data-testid={`nav-${item.key}`}
          >
            <Icon name={item.icon} /> {t(`backoffice.navItems.${item.key}`)}
          </Link>
        );
      })}
    </nav>
  );
}
