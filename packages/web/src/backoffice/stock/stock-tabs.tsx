import type { Me } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';

/** The stock pages the caller may open: locations, write-offs and corrections, stock value. */
export function StockTabs({
  current,
  me,
}: {
  readonly current: 'locations' | 'adjust' | 'value';
  readonly me: Me;
}) {
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
      {me.permissions.includes('stock.adjust') && (
        <Link
          href="/backoffice/stock/adjust"
          className="chip"
          aria-current={current === 'adjust' ? 'page' : undefined}
          data-testid="stock-tab-adjust"
        >
          {t('stock.adjust.title')}
        </Link>
      )}
      {me.permissions.includes('report.read') && (
        <Link
          href="/backoffice/stock/value"
          className="chip"
          aria-current={current === 'value' ? 'page' : undefined}
          data-testid="stock-tab-value"
        >
          {t('stock.value.title')}
        </Link>
      )}
    </nav>
  );
}
