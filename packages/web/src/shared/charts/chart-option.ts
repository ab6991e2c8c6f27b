import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** An ECharts option limited to what `register-echarts.ts` registers (type-only: loads no ECharts code). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** Formats a value for tooltips and axis labels, e.g. minor units through `Format.money`. */
export type FormatValue = (value: number) => string;

/**
 * Tooltip behaviour of every chart: it opens on a tap as well as on hover (phones have no hover),
 * and stays inside the chart so it never widens a phone's page. ECharts 6 types only accept the
 * combination with 'mousewheel', which acts on dataZoom alone: the charts have none, so no gesture
 * is captured and the page scrolls under a finger as usual.
 */
export const TOUCH_TOOLTIP = { triggerOn: 'mousemove|click|mousewheel', confine: true } as const;

/** The value part of a tooltip row; a missing point (null) reads as a dash. */
export function tooltipValue(formatValue: FormatValue): (value: unknown) => string {
  return (value) => (typeof value === 'number' && Number.isFinite(value) ? formatValue(value) : '–');
}

/**
 * An axis tick label. QUIRK(chart-ticks): ECharts picks "nice" ticks, which for a small range can
 * be fractions (0.5) although every value is an integer (minor units, counts); formatMoney throws on
 * those, so value axes also set `minInterval: 1` and the tick is rounded here as a last guard.
 */
export function axisValue(formatValue: FormatValue): (value: number) => string {
  return (value) => formatValue(Math.round(value));
}
