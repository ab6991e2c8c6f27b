import type { Store } from '@kassa/api';
import { useTranslation } from 'react-i18next';
import { DATE_PRESETS, type DatePreset, presetOf, presetRange } from './date-presets';
import { COMPARISONS, type Comparison, type ReportQuery } from './report-query';

export type ReportFiltersProps = {
  readonly query: ReportQuery;
  readonly today: string;
  readonly stores: readonly Store[];
  /** Whether the report can set a period against an earlier one. */
  readonly comparable: boolean;
  /** A report of one day (the range's last): one date and the presets of one day. */
  readonly oneDay?: boolean;
  readonly onChange: (query: ReportQuery) => void;
};

/** The dates (a preset or any range), the store (or all) and the comparison of a report. */
export function ReportFilters({
  query,
  today,
  stores,
  comparable,
  oneDay = false,
  onChange,
}: ReportFiltersProps) {
  const { t } = useTranslation();
  const preset = presetOf(query, today);
  const presets = oneDay ? (['today', 'yesterday'] as const) : [...DATE_PRESETS, 'custom' as const];
  const pick = (value: DatePreset | 'custom') => {
    if (value !== 'custom') onChange({ ...query, ...presetRange(value, today) });
  };
  return (
    <div className="report-filters no-print" data-testid="report-filters">
      <fieldset className="report-presets">
        <legend className="visually-hidden">{t('reports.range', { from: query.from, to: query.to })}</legend>
        {presets.map((value) => (
          <button
            key={value}
            type="button"
            className="chip"
            aria-pressed={preset === value}
            onClick={() => pick(value)}
            data-testid={`report-preset-${value}`}
          >
            {t(`reports.presets.${value}`)}
          </button>
        ))}
      </fieldset>
      {oneDay ? (
        <label className="report-filter">
          <span>{t('reports.insights.date')}</span>
          <input
            type="date"
            value={query.to}
            required
            onChange={(e) =>
              e.target.value && onChange({ ...query, from: e.target.value, to: e.target.value })
            }
            data-testid="report-to"
          />
        </label>
      ) : (
        <>
          <label className="report-filter">
            <span>{t('reports.from')}</span>
            <input
              type="date"
              value={query.from}
              max={query.to}
              required
              onChange={(e) => e.target.value && onChange({ ...query, from: e.target.value })}
              data-testid="report-from"
            />
          </label>
          <label className="report-filter">
            <span>{t('reports.to')}</span>
            <input
              type="date"
              value={query.to}
              min={query.from}
              required
              onChange={(e) => e.target.value && onChange({ ...query, to: e.target.value })}
              data-testid="report-to"
            />
          </label>
        </>
      )}
      {stores.length > 1 && (
        <label className="report-filter">
          <span>{t('reports.store')}</span>
          <select
            value={query.store}
            onChange={(e) => onChange({ ...query, store: e.target.value })}
            data-testid="report-store"
          >
            <option value="all">{t('reports.allStores')}</option>
            {stores.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {comparable && (
        <label className="report-filter">
          <span>{t('reports.compare.label')}</span>
          <select
            value={query.compare}
            onChange={(e) => onChange({ ...query, compare: e.target.value as Comparison })}
            data-testid="report-compare"
          >
            {COMPARISONS.map((value) => (
              <option key={value} value={value}>
                {t(`reports.compare.${value}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
