import type { Me, StockCount } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';

/**
 * What everyone has counted so far, per product: the total of all tallies, how many counted it and
 * this counter's part. What the system expects shows only in a count that is not blind — even to
 * those who may see it, who look at the variance report for that.
 */
export function CountTotals({ count, me }: { readonly count: StockCount; readonly me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counted = count.lines.filter((line) => line.counted !== null && line.tallies.length > 0);
  return (
    <section className="count-section" data-testid="count-totals">
      <h2 className="count-heading">{t('counts.totals.title')}</h2>
      {counted.length === 0 ? (
        <p className="muted">{t('counts.totals.none')}</p>
      ) : (
        <ul className="adjust-lines">
          {counted.map((line) => {
            const q = (quantity: number) => format.quantity(quantity, line.unit);
            const mine = line.tallies.find((tally) => tally.staffId === me.id);
            return (
              <li key={line.productId} className="adjust-line" data-testid="count-total" data-sku={line.sku}>
                <span className="po-card__main">
                  <strong>{line.name}</strong>
                  <span className="muted">
                    {[
                      line.sku,
                      t('counts.totals.counters', { count: line.tallies.length }),
                      mine && t('counts.totals.mine', { quantity: q(mine.quantity) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <span className="count-total__figures">
                  <strong data-testid="count-total-counted">{q(line.counted ?? 0)}</strong>
                  {!count.blind && line.expected !== null && (
                    <span className="muted" data-testid="count-total-expected">
                      {t('counts.totals.expected', { quantity: q(line.expected) })}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
