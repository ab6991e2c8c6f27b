import { describe, expect, it } from 'vitest';
import { echartsTheme } from './chart-theme';
import { TEST_THEME } from './chart-theme.fixture';

describe('echartsTheme', () => {
  it('is transparent and uses the app font and colours everywhere', () => {
    expect(echartsTheme(TEST_THEME)).toMatchObject({
      color: ['brand', 'focus', 'success'],
      backgroundColor: 'transparent',
      textStyle: { color: 'text', fontFamily: TEST_THEME.fontFamily, fontSize: 13 },
      tooltip: { backgroundColor: 'surface', borderColor: 'border' },
      categoryAxis: { axisLabel: { color: 'muted', fontSize: 13, fontFamily: TEST_THEME.fontFamily } },
      valueAxis: { splitLine: { lineStyle: { color: 'border' } } },
    });
  });
});
