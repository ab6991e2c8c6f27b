import { useCallback } from 'react';
import type { ChartTheme } from './chart-theme';
import { type HourHeatmapData, hourHeatmapOption } from './hour-heatmap-option';
import { useECharts } from './use-echarts';

export type HourHeatmapProps = HourHeatmapData & {
  /** Translated; the chart's accessible name. The report's table carries the figures themselves. */
  readonly title: string;
  /** In px; default: about 32 px per row plus the hour labels. */
  readonly height?: number;
};

/** A weekday × hour heatmap (busy hours). Memoise the arrays and `formatValue`: new ones redraw it. */
export function HourHeatmap({ title, rows, columns, values, formatValue, height }: HourHeatmapProps) {
  const build = useCallback(
    (theme: ChartTheme) => hourHeatmapOption({ rows, columns, values, formatValue }, theme),
    [rows, columns, values, formatValue],
  );
  const ref = useECharts(build);
  return (
    <div
      ref={ref}
      className="chart"
      role="img"
      aria-label={title}
      style={{ width: '100%', height: height ?? rows.length * 32 + 40 }}
    />
  );
}
