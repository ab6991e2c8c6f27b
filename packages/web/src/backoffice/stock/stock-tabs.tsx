import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';

/** The stock pages: locations, and write-offs and corrections. */
export function StockTabs({ current }: { readonly current: 'locations' | 'adjust' }) {
  const { t } = useTranslation();
  return (
    <nav className="stock-tabs" aria-label={t('stock.nav')}>
      <Link
        href="/backoffice/stock"
        className="chip"
        aria-current={current === 'locations' ? 'page' : undefined}
        data-testid="stock-tab-locations"
      >
        {t('stock.locations.title')}
      </Link>
      <Link
        href="/backoffice/stock/adjust"
        className="chip"
        aria-current={current === 'adjust' ? 'page' : undefined}
        data-testid="stock-tab-adjust"
      >
        {t('stock.adjust.title')}
      </Link>
    </nav>
  );
}
