import { describe, expect, it } from 'vitest';
import type { ChartOption } from './chart-option';
import { type ChartTheme, echartsTheme } from './chart-theme';
import { formatYuan, TEST_THEME } from './chart-theme.fixture';
import { hourHeatmapOption } from './hour-heatmap-option';
import { rankBarsOption } from './rank-bars-option';
import { init } from './register-echarts';
import { seriesChartOption } from './series-chart-option';

// Real colours: ECharts warns about the fixture's colour names when it interpolates the heatmap.
const theme: ChartTheme = {
  ...TEST_THEME,
  text: '#1b1d21',
  muted: '#5c6370',
  border: '#d3d7de',
  surface: '#ffffff',
  surface2: '#eef0f3',
  brand: '#c8102e',
  palette: ['#c8102e', '#1a5fd0'],
};

// ECharts' server-side SVG rendering needs no DOM: it proves the registered components accept the
// options and lay them out at a phone's width (390 px less the page padding), not only their shape.
function renderSvg(option: ChartOption, height = 240): string {
  const chart = init(null, echartsTheme(theme), { renderer: 'svg', ssr: true, width: 358, height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The drawn data items (bars, cells) of the first series, not its legend entry. */
const firstSeriesItems = (svg: string) =>
  svg.match(/ecmeta_series_index="0" ecmeta_data_index="\d+" ecmeta_ssr_type="chart"/g)?.length ?? 0;

describe('chart rendering (SVG, no DOM)', () => {
  it('draws bars, a dashed comparison line, Chinese labels and money ticks', () => {
    const svg = renderSvg(
      seriesChartOption(
        {
          kind: 'bar',
          categories: ['周一', '周二', '周三'],
          series: [
            { name: '本期', values: [1200, null, 3400] },
            { name: '上期', values: [1000, 2000, 3000], style: 'dashed' },
          ],
          formatValue: formatYuan,
        },
        theme,
      ),
    );
    expect(svg).toContain('>周一<');
    expect(svg).toContain('>本期<'); // the legend
    expect(svg).toContain('>¥40.00<');
    expect(firstSeriesItems(svg)).toBe(2); // the null day has no bar
    expect(svg).toMatch(/stroke="#5c6370"[^>]*stroke-dasharray/);
  });

  it('cuts a long label with an ellipsis and keeps a short one', () => {
    const svg = renderSvg(
      rankBarsOption(
        {
          items: [
            { label: '特级铁观音乌龙茶礼盒装五百克', value: 128800 },
            { label: 'Cola', value: 4500 },
          ],
          formatValue: formatYuan,
        },
        theme,
      ),
      120,
    );
    expect(svg).toMatch(/>特级[^<]*…</);
    expect(svg).toContain('>Cola<');
  });

  it('draws one cell per value', () => {
    const svg = renderSvg(
      hourHeatmapOption(
        {
          rows: ['周一', '周二'],
          columns: ['9', '10'],
          values: [
            [0, 100],
            [200, 300],
          ],
          formatValue: formatYuan,
        },
        theme,
      ),
    );
    expect(svg).toContain('>周二<');
    expect(firstSeriesItems(svg)).toBe(4);
  });

  it('draws empty data without failing', () => {
    const empty = seriesChartOption(
      { kind: 'line', categories: [], series: [], formatValue: formatYuan },
      theme,
    );
    expect(renderSvg(empty)).toContain('<svg');
  });
});
