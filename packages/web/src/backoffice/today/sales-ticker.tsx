import type { RecentSale } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { Link } from '../../shared/components/link';
import { useFormat } from '../../shared/format/use-format';

export type SalesTickerProps = {
  readonly sales: readonly RecentSale[];
  /** Sales pushed since the screen opened: drawn highlighted as they arrive. */
  readonly fresh: ReadonlySet<string>;
  readonly currency: string;
  readonly timeZone: string;
};

/** The latest sales, newest first, growing as the server pushes them. */
export function SalesTicker({ sales, fresh, currency, timeZone }: SalesTickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="today-card" aria-labelledby="ticker-title" aria-live="polite">
      <h2 id="ticker-title">{t('reports.today.ticker')}</h2>
      {sales.length === 0 ? (
        <p className="muted" data-testid="ticker-empty">
          {t('reports.today.tickerEmpty')}
        </p>
      ) : (
        <ol className="ticker" data-testid="ticker">
          {sales.map((sale) => (
            <li
              key={sale.id}
              className={fresh.has(sale.id) ? 'ticker__sale ticker__sale--fresh' : 'ticker__sale'}
              data-testid="ticker-sale"
              data-receipt-no={sale.receiptNo}
            >
              <span className="ticker__time">{format.time(sale.at, timeZone)}</span>
              <Link href={`/backoffice/sales/${sale.id}`} className="ticker__receipt">
                {sale.receiptNo}
              </Link>
              <span className="ticker__register muted">
                {[sale.registerName, t('reports.today.lines', { count: sale.lineCount })]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <strong className="ticker__total">{format.money(sale.total, currency)}</strong>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
