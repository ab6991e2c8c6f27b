import type { SalesReport } from '@kassa/api';
import { Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyHourHeatmap, LazyRankBars, LazySeriesChart } from '../../shared/charts/lazy-charts';
import { useFormat } from '../../shared/format/use-format';
import { columnValue, type SalesReportKind } from './report-kinds';
import { comparedRows, rowLabel } from './sales-report-table';

const RANKED = 10;
const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'));

/** The chart above a sales report's table: a series over days or hours, a weekday × hour heatmap, or the top ten. */
export function SalesReportChart({
  kind,
  report,
}: {
  readonly kind: SalesReportKind;
  readonly report: SalesReport;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const column = kind.columns.find((c) => c.id === kind.measure);
  const title = t('reports.chartOf', {
    report: t(`reports.kinds.${kind.id}`),
    measure: t(`reports.columns.${kind.measure}`),
  });
  const formatValue = useCallback(
    (value: number) =>
      column?.kind === 'money'
        ? format.money(value, report.currency)
        : new Intl.NumberFormat(format.locale).format(value),
    [column, format, report.currency],
  );
  const value = useCallback((m: SalesReport['totals']) => columnValue(kind.measure, m) ?? 0, [kind.measure]);

  const chart = useMemo(() => {
    if (kind.chart === 'series') {
      const earlier = comparedRows(report);
      return {
        type: 'series' as const,
        categories: report.rows.map((row) => (report.by === 'day' ? row.key.slice(5) : row.key)),
        series: [
          { name: t('reports.thisPeriod'), values: report.rows.map((row) => value(row.measures)) },
          ...(report.compare
            ? [
                {
                  name: t('reports.lastPeriod'),
                  values: earlier.map((row) => (row ? value(row.measures) : null)),
                  style: 'dashed' as const,
                },
              ]
            : []),
        ],
      };
    }
    if (kind.chart === 'heatmap') {
      const cells = new Map(report.rows.map((row) => [row.key, value(row.measures)]));
      const days = [1, 2, 3, 4, 5, 6, 7];
      return {
        type: 'heatmap' as const,
        rows: days.map((day) => t(`reports.weekdays.${day}`)),
        columns: HOURS,
        values: days.map((day) => HOURS.map((hour) => cells.get(`${day}-${hour}`) ?? 0)),
      };
    }
    const ranked = [...report.rows]
      .map((row) => ({ label: rowLabel(t, format, report.by, row), value: value(row.measures) }))
      .filter((item) => item.value !== 0)
      .sort((a, b) => b.value - a.value)
      .slice(0, RANKED);
    return { type: 'rank' as const, items: ranked };
  }, [kind.chart, report, t, format, value]);

  return (
    <div className="report-chart no-print-break" data-testid="report-chart">
      <Suspense fallback={<div className="chart chart--placeholder" />}>
        {chart.type === 'series' && (
          <LazySeriesChart
            title={title}
            kind={report.by === 'day' && report.rows.length > 31 ? 'line' : 'bar'}
            categories={chart.categories}
            series={chart.series}
            formatValue={formatValue}
          />
        )}
        {chart.type === 'heatmap' && (
          <LazyHourHeatmap
            title={title}
            rows={chart.rows}
            columns={chart.columns}
            values={chart.values}
            formatValue={formatValue}
          />
        )}
        {chart.type === 'rank' && chart.items.length > 0 && (
          <LazyRankBars title={title} items={chart.items} formatValue={formatValue} />
        )}
      </Suspense>
    </div>
  );
}
