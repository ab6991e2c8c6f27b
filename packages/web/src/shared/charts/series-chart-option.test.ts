import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import { describe, expect, it } from 'vitest';
import { formatYuan, TEST_THEME } from './chart-theme.fixture';
import { type SeriesChartData, seriesChartOption } from './series-chart-option';

const days = ['周一', '周二', '周三'];

function build(data: Partial<SeriesChartData> = {}) {
  const option = seriesChartOption(
    {
      kind: 'bar',
      categories: days,
      series: [
        { name: '本期', values: [1200, null, 3400] },
        { name: '上期', values: [1000, 2000, 3000], style: 'dashed' },
      ],
      formatValue: formatYuan,
      ...data,
    },
    TEST_THEME,
  );
  return {
    option,
    series: option.series as (BarSeriesOption | LineSeriesOption)[],
    xAxis: option.xAxis as { data: string[] },
    yAxis: option.yAxis as { minInterval: number; axisLabel: { formatter: (v: number) => string } },
    tooltip: option.tooltip as TooltipComponentOption & { valueFormatter: (v: unknown, i: number) => string },
  };
}

describe('seriesChartOption', () => {
  it('puts the categories on the x axis in order, Chinese labels as given', () => {
    expect(build().xAxis.data).toEqual(['周一', '周二', '周三']);
  });

  it('keeps the series in order, with nulls as gaps', () => {
    const { series } = build();
    expect(series.map((s) => s.name)).toEqual(['本期', '上期']);
    expect(series[0]?.data).toEqual([1200, null, 3400]);
  });

  it('draws a solid series as the chosen kind in the palette', () => {
    expect(build().series[0]).toMatchObject({ type: 'bar', color: 'brand' });
    expect(build({ kind: 'line' }).series[0]).toMatchObject({ type: 'line', color: 'brand' });
  });

  it('draws a dashed comparison as a muted dashed line, in a bar chart too', () => {
    for (const kind of ['bar', 'line'] as const) {
      expect(build({ kind }).series[1]).toMatchObject({
        type: 'line',
        color: 'muted',
        lineStyle: { type: 'dashed' },
      });
    }
  });

  it('gives each solid series the next palette colour, skipping the dashed ones', () => {
    const { series } = build({
      series: [
        { name: 'a', values: [1] },
        { name: 'a-prev', values: [1], style: 'dashed' },
        { name: 'b', values: [2] },
      ],
    });
    expect(series.map((s) => s.color)).toEqual(['brand', 'muted', 'focus']);
  });

  it('wires the value formatter into the tooltip and the value axis', () => {
    const { tooltip, yAxis } = build();
    expect(tooltip.valueFormatter(1234, 0)).toBe('¥12.34');
    expect(tooltip.valueFormatter(null, 1)).toBe('–');
    expect(yAxis.axisLabel.formatter(50000)).toBe('¥500.00');
    expect(yAxis.minInterval).toBe(1);
  });

  // QUIRK(chart-ticks): a fractional tick must not reach formatMoney, which throws on it.
  it('rounds a fractional axis tick before formatting', () => {
    expect(build().yAxis.axisLabel.formatter(2.5)).toBe('¥0.03');
  });

  it('opens the tooltip on tap and keeps it inside the chart', () => {
    expect(build().tooltip).toMatchObject({
      trigger: 'axis',
      triggerOn: expect.stringContaining('click'),
      confine: true,
    });
  });

  it('shows a legend only for more than one series', () => {
    expect(build().option.legend).toMatchObject({ show: true });
    expect(build({ series: [{ name: 'a', values: [1, 2, 3] }] }).option.legend).toMatchObject({
      show: false,
    });
  });

  it('builds an empty chart from no data', () => {
    const { series, xAxis } = build({ categories: [], series: [] });
    expect(series).toEqual([]);
    expect(xAxis.data).toEqual([]);
  });
});
