import type { TooltipComponentOption } from 'echarts/components';
import { describe, expect, it } from 'vitest';
import { formatYuan, TEST_THEME } from './chart-theme.fixture';
import { rankBarsOption } from './rank-bars-option';

const items = [
  { label: '特级铁观音乌龙茶礼盒装五百克', value: 128800 },
  { label: 'Cola 330 ml', value: 4500 },
];

function build(input = items) {
  const option = rankBarsOption({ items: input, formatValue: formatYuan }, TEST_THEME);
  return {
    option,
    yAxis: option.yAxis as { data: string[]; inverse: boolean; axisLabel: Record<string, unknown> },
    xAxis: option.xAxis as { minInterval: number; axisLabel: { formatter: (v: number) => string } },
    series: option.series as { type: string; data: number[] }[],
    tooltip: option.tooltip as TooltipComponentOption & { valueFormatter: (v: unknown, i: number) => string },
  };
}

describe('rankBarsOption', () => {
  it('lists the labels in rank order, the first on top', () => {
    const { yAxis, series } = build();
    expect(yAxis.data).toEqual(['特级铁观音乌龙茶礼盒装五百克', 'Cola 330 ml']);
    expect(yAxis.inverse).toBe(true);
    expect(series[0]).toMatchObject({ type: 'bar', data: [128800, 4500] });
  });

  it('cuts long labels with an ellipsis on the axis (the tooltip header keeps the full label)', () => {
    expect(build().yAxis.axisLabel).toMatchObject({ overflow: 'truncate', ellipsis: '…', width: 13 * 8 });
  });

  it('wires the value formatter into the tooltip and the value axis', () => {
    const { tooltip, xAxis } = build();
    expect(tooltip.valueFormatter(128800, 0)).toBe('¥1288.00');
    expect(xAxis.axisLabel.formatter(100000)).toBe('¥1000.00');
    expect(xAxis.minInterval).toBe(1);
    expect(tooltip).toMatchObject({ trigger: 'axis', confine: true });
  });

  it('builds an empty ranking', () => {
    const { yAxis, series } = build([]);
    expect(yAxis.data).toEqual([]);
    expect(series[0]?.data).toEqual([]);
  });
});
