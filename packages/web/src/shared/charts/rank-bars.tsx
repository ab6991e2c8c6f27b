import { useCallback } from 'react';
import type { ChartTheme } from './chart-theme';
import { RANK_ROW_HEIGHT, type RankBarsData, rankBarsOption } from './rank-bars-option';
import { useECharts } from './use-echarts';

export type RankBarsProps = RankBarsData & {
  /** Translated; the chart's accessible name. The report's table carries the figures themselves. */
  readonly title: string;
  /** In px; default: one comfortable row per item plus the value axis. */
  readonly height?: number;
};

/** Horizontal bars in rank order (top sellers…). Memoise `items` and `formatValue`: new ones redraw it. */
export function RankBars({ title, items, formatValue, height }: RankBarsProps) {
  const build = useCallback(
    (theme: ChartTheme) => rankBarsOption({ items, formatValue }, theme),
    [items, formatValue],
  );
  const ref = useECharts(build);
  return (
    <div
      ref={ref}
      className="chart"
      role="img"
      aria-label={title}
      style={{ width: '100%', height: height ?? Math.max(1, items.length) * RANK_ROW_HEIGHT + 40 }}
    />
  );
}
