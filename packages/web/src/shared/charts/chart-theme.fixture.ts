import type { ChartTheme } from './chart-theme';

/** A fixed theme for option tests: distinct names instead of colours, so a test can say which is used. */
export const TEST_THEME: ChartTheme = {
  text: 'text',
  muted: 'muted',
  border: 'border',
  surface: 'surface',
  surface2: 'surface-2',
  brand: 'brand',
  palette: ['brand', 'focus', 'success'],
  fontFamily: 'system-ui, "PingFang SC", sans-serif',
  fontSize: 13,
};

/** A money-like formatter with a visible marker, to see where it is wired. */
export const formatYuan = (minor: number): string => {
  if (!Number.isInteger(minor)) throw new RangeError(`not an integer: ${minor}`);
  return `¥${(minor / 100).toFixed(2)}`;
};
