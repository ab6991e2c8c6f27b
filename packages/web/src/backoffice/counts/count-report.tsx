import type { StockCount, Store } from '@kassa/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { StatusChips } from '../stock/status-chips';

type Line = StockCount['lines'][number];
const FILTERS = ['differences', 'uncounted'] as const;
type Filter = (typeof FILTERS)[number] | '';

const shows = (filter: Filter, line: Line) =>
  filter === '' || (filter === 'uncounted' ? line.counted === null : line.variance !== 0);

export type CountReportProps = {
  readonly count: StockCount;
  readonly store: Store;
  /** The lines picked to be counted again; none while the count cannot change. */
  readonly selection?: {
    readonly selected: ReadonlySet<string>;
    readonly onToggle: (productId: string) => void;
  };
};

/**
 * 差异报告, for those who approve: per product what the system expected, what was counted, the
 * difference and its value at cost, and the total; products in scope nobody counted are flagged
 * (posting books them as 0). While counting, lines can be picked to be counted again.
 */
export function CountReport({ count, store, selection }: CountReportProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, setFilter] = useState<Filter>('');
  const money = (amount: number) => format.money(amount, store.currency);
  const lines = count.lines.filter((line) => shows(filter, line));
  return (
    <section className="count-section" data-testid="count-report">
      <StatusChips
        statuses={FILTERS}
        value={filter}
        onChange={setFilter}
        legend={t('counts.report.filter')}
        labelOf={(f) => t(`counts.report.filters.${f}`)}
        allLabel={t('counts.report.filters.all')}
        testId="count-report-filter"
      />
      {lines.length === 0 && <p className="muted">{t('counts.report.none')}</p>}
      <ul className="adjust-lines">
        {lines.map((line) => {
          const q = (quantity: number) => format.quantity(quantity, line.unit);
          const variance = line.variance ?? 0;
          return (
            <li
              key={line.productId}
              className={line.counted === null ? 'count-line count-line--uncounted' : 'count-line'}
              data-testid="count-report-line"
              data-sku={line.sku}
            >
              {selection && (
                <input
                  type="checkbox"
                  checked={selection.selected.has(line.productId)}
                  onChange={() => selection.onToggle(line.productId)}
                  aria-label={t('counts.report.pick', { name: line.name })}
                  data-testid="count-report-pick"
                />
              )}
              <span className="po-card__main">
                <strong>{line.name}</strong>
                <span className="po-figures">
                  <span className="muted">{line.sku}</span>
                  <span data-testid="count-report-expected">
                    {t('counts.report.expected', {
                      quantity: line.expected === null ? '—' : q(line.expected),
                    })}
                  </span>
                  {line.counted === null ? (
                    <span className="po-short" data-testid="count-report-uncounted">
                      {t('counts.report.uncounted')}
                    </span>
                  ) : (
                    <span data-testid="count-report-counted">
                      {t('counts.report.counted', { quantity: q(line.counted) })}
                    </span>
                  )}
                </span>
              </span>
              <span className="count-line__figures">
                <strong
                  className={variance < 0 ? 'po-short' : variance > 0 ? 'po-extra' : undefined}
                  data-testid="count-report-variance"
                >
                  {variance > 0 ? `+${q(variance)}` : q(variance)}
                </strong>
                <span className="muted" data-testid="count-report-value">
                  {line.varianceValue === null ? t('counts.report.noCost') : money(line.varianceValue)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="po-total">
        {t('counts.report.total')}{' '}
        <strong data-testid="count-report-total">{money(count.varianceValue ?? 0)}</strong>
      </p>
    </section>
  );
}
