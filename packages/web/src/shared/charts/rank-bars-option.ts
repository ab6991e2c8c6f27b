import type { ChartOption, FormatValue } from './chart-option';
import { axisValue, TOUCH_TOOLTIP, tooltipValue } from './chart-option';
import type { ChartTheme } from './chart-theme';

/** One ranked item (a product, a cashier…) and its value. */
export type RankItem = { readonly label: string; readonly value: number };

/** What a ranking shows: items in rank order, the first drawn on top. */
export type RankBarsData = { readonly items: readonly RankItem[]; readonly formatValue: FormatValue };

/** Height of one bar's row in px: a comfortable tap target for the tooltip. */
export const RANK_ROW_HEIGHT = 36;

/**
 * The ECharts option of horizontal bars. Labels longer than about eight CJK characters are cut with
 * an ellipsis so the bars keep room on a 390 px phone; the tooltip shows the whole label.
 */
export function rankBarsOption(data: RankBarsData, theme: ChartTheme): ChartOption {
  return {
    animation: false,
    grid: { left: 4, right: 16, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      ...TOUCH_TOOLTIP,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: tooltipValue(data.formatValue),
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      splitNumber: 3,
      axisLabel: { formatter: axisValue(data.formatValue), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      data: data.items.map((item) => item.label),
      inverse: true,
      axisTick: { show: false },
      axisLabel: { width: theme.fontSize * 8, overflow: 'truncate', ellipsis: '…' },
    },
    series: [
      {
        type: 'bar',
        data: data.items.map((item) => item.value),
        color: theme.brand,
        barMaxWidth: 20,
      },
    ],
  };
}
