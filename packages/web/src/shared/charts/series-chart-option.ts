import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { axisValue, type ChartOption, type FormatValue, TOUCH_TOOLTIP, tooltipValue } from './chart-option';
import type { ChartTheme } from './chart-theme';

/** One named series of a {@link SeriesChartData}, a value (or a gap) per category. */
export type ChartSeries = {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** 'dashed' marks a comparison (e.g. the previous period): drawn as a dashed line in the muted colour. */
  readonly style?: 'solid' | 'dashed';
};

/** What a bar or line chart over categories (days, weeks, tenders…) shows. */
export type SeriesChartData = {
  readonly kind: 'bar' | 'line';
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly formatValue: FormatValue;
};

/**
 * The ECharts option of a bar or line chart. Solid series take the palette in order; a dashed
 * series is always a dashed line, also in a bar chart, so "this period against the last" reads the
 * same in both kinds. A legend appears only when there is more than one series.
 */
export function seriesChartOption(data: SeriesChartData, theme: ChartTheme): ChartOption {
  const legend = data.series.length > 1;
  let solid = 0;
  const series = data.series.map((s): BarSeriesOption | LineSeriesOption => {
    const values = [...s.values];
    if (s.style === 'dashed') {
      return {
        type: 'line',
        name: s.name,
        data: values,
        color: theme.muted,
        lineStyle: { type: 'dashed', width: 2 },
        symbol: 'none',
        z: 3,
      };
    }
    const color = theme.palette[solid++ % theme.palette.length] ?? theme.brand;
    if (data.kind === 'bar') return { type: 'bar', name: s.name, data: values, color, barMaxWidth: 32 };
    return { type: 'line', name: s.name, data: values, color, lineStyle: { width: 2 }, symbolSize: 6 };
  });
  return {
    animation: false,
    grid: {
      left: 4,
      right: 12,
      top: legend ? theme.fontSize * 3 : theme.fontSize,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: { show: legend, top: 0, left: 'center', itemWidth: 18, itemHeight: 10 },
    tooltip: { ...TOUCH_TOOLTIP, trigger: 'axis', valueFormatter: tooltipValue(data.formatValue) },
    xAxis: {
      type: 'category',
      data: [...data.categories],
      boundaryGap: data.kind === 'bar',
      axisTick: { alignWithLabel: true },
      axisLabel: { hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      splitNumber: 4,
      axisLabel: { formatter: axisValue(data.formatValue), hideOverlap: true },
    },
    series,
  };
}
