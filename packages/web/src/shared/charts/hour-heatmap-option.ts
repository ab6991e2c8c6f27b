import type { ChartOption, FormatValue } from './chart-option';
import { TOUCH_TOOLTIP } from './chart-option';
import type { ChartTheme } from './chart-theme';

/** What a weekday × hour heatmap shows: `values[row][column]`, labels already translated. */
export type HourHeatmapData = {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly values: readonly (readonly number[])[];
  readonly formatValue: FormatValue;
};

/**
 * The colour scale's range: from 0 (or the lowest value, when a refund-heavy hour is negative)
 * to the highest value, never empty, so a quiet week still draws as pale cells and not as an error.
 */
export function heatmapRange(values: readonly (readonly number[])[]): { min: number; max: number } {
  const all = values.flat();
  const min = Math.min(0, ...all);
  const max = Math.max(min + 1, ...all);
  return { min, max };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// The tooltip is HTML: labels come from the caller and are escaped like ECharts' own tooltips.
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** The ECharts option of a heatmap: rows top to bottom in the given order, columns left to right. */
export function hourHeatmapOption(data: HourHeatmapData, theme: ChartTheme): ChartOption {
  const cells: [number, number, number][] = [];
  data.values.forEach((row, y) => {
    row.forEach((value, x) => {
      cells.push([x, y, value]);
    });
  });
  const { min, max } = heatmapRange(data.values);
  return {
    animation: false,
    grid: { left: 4, right: 4, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      ...TOUCH_TOOLTIP,
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const [x, y, value] = (item?.value ?? []) as number[];
        const row = data.rows[y ?? -1] ?? '';
        const column = data.columns[x ?? -1] ?? '';
        const amount = typeof value === 'number' ? data.formatValue(value) : '–';
        return `${escapeHtml(`${row} ${column}`)}<br/>${item?.marker ?? ''}<b>${escapeHtml(amount)}</b>`;
      },
    },
    xAxis: {
      type: 'category',
      data: [...data.columns],
      splitArea: { show: false },
      axisTick: { show: false },
      axisLabel: { hideOverlap: true },
    },
    // Inverse: the first row (Monday) on top, as in a calendar.
    yAxis: { type: 'category', data: [...data.rows], inverse: true, axisTick: { show: false } },
    visualMap: {
      show: false,
      type: 'continuous',
      min,
      max,
      dimension: 2,
      inRange: { color: [theme.surface2, theme.brand] },
    },
    series: [
      {
        type: 'heatmap',
        data: cells,
        itemStyle: { borderColor: theme.surface, borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: theme.text } },
      },
    ],
  };
}
