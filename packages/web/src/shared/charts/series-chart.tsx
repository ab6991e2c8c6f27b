import { useCallback } from 'react';
import type { ChartTheme } from './chart-theme';
import { type SeriesChartData, seriesChartOption } from './series-chart-option';
import { useECharts } from './use-echarts';

export type SeriesChartProps = SeriesChartData & {
  /** Translated; the chart's accessible name. The report's table carries the figures themselves. */
  readonly title: string;
  /** In px; default 240, enough for axis labels and a legend on a phone. */
  readonly height?: number;
};

/**
 * A bar or line chart over categories, e.g. sales per day with the previous period as a dashed
 * series. Memoise `categories`, `series` and `formatValue`: new ones redraw the chart.
 */
export function SeriesChart({
  title,
  kind,
  categories,
  series,
  formatValue,
  height = 240,
}: SeriesChartProps) {
  const build = useCallback(
    (theme: ChartTheme) => seriesChartOption({ kind, categories, series, formatValue }, theme),
    [kind, categories, series, formatValue],
  );
  const ref = useECharts(build);
  return <div ref={ref} className="chart" role="img" aria-label={title} style={{ width: '100%', height }} />;
}
