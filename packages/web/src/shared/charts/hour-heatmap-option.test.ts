import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import { describe, expect, it } from 'vitest';
import { formatYuan, TEST_THEME } from './chart-theme.fixture';
import { type HourHeatmapData, heatmapRange, hourHeatmapOption } from './hour-heatmap-option';

const data: HourHeatmapData = {
  rows: ['周一', '周二'],
  columns: ['9', '10', '11'],
  values: [
    [0, 1500, 300],
    [200, 0, 9900],
  ],
  formatValue: formatYuan,
};

function build(input: HourHeatmapData = data) {
  const option = hourHeatmapOption(input, TEST_THEME);
  const tooltip = option.tooltip as TooltipComponentOption & { formatter: (params: unknown) => string };
  return {
    option,
    cells: (option.series as { data: number[][] }[])[0]?.data,
    visualMap: option.visualMap as VisualMapComponentOption & { min: number; max: number },
    tooltip,
  };
}

describe('hourHeatmapOption', () => {
  it('makes one [column, row, value] cell per value', () => {
    expect(build().cells).toEqual([
      [0, 0, 0],
      [1, 0, 1500],
      [2, 0, 300],
      [0, 1, 200],
      [1, 1, 0],
      [2, 1, 9900],
    ]);
  });

  it('scales the colours from 0 to the busiest hour, brand colour at the top', () => {
    expect(build().visualMap).toMatchObject({
      min: 0,
      max: 9900,
      inRange: { color: ['surface-2', 'brand'] },
    });
  });

  it('puts the first row on top and the hours left to right', () => {
    expect(build().option.yAxis).toMatchObject({ type: 'category', data: ['周一', '周二'], inverse: true });
    expect(build().option.xAxis).toMatchObject({ type: 'category', data: ['9', '10', '11'] });
  });

  it('shows the row, the hour and the formatted value in the tooltip, escaped', () => {
    const html = build({ ...data, rows: ['<b>Mon</b>', '周二'] }).tooltip.formatter({
      value: [1, 0, 1500],
      marker: '●',
    });
    expect(html).toBe('&lt;b&gt;Mon&lt;/b&gt; 10<br/>●<b>¥15.00</b>');
    expect(build().tooltip).toMatchObject({ trigger: 'item', confine: true });
  });

  it('builds an empty heatmap with a usable range', () => {
    const { cells, visualMap } = build({ ...data, rows: [], values: [] });
    expect(cells).toEqual([]);
    expect(visualMap).toMatchObject({ min: 0, max: 1 });
  });
});

describe('heatmapRange', () => {
  it('starts at 0 unless a value is negative', () => {
    expect(heatmapRange([[5, 7]])).toEqual({ min: 0, max: 7 });
    expect(heatmapRange([[-300, 700]])).toEqual({ min: -300, max: 700 });
  });

  it('is never empty, so an all-zero week draws pale cells', () => {
    expect(heatmapRange([[0, 0]])).toEqual({ min: 0, max: 1 });
    expect(heatmapRange([])).toEqual({ min: 0, max: 1 });
  });
});
