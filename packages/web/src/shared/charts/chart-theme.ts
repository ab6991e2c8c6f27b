/**
 * The app's look as the charts need it, read from the CSS custom properties in `theme.css`.
 *
 * Why not ECharts' built-in 'dark' theme: it brings its own navy background and palette, which
 * clash with the app's surfaces, and it knows nothing of the font stack (Chinese fallbacks) or the
 * large-text settings. Reading the tokens keeps one source of truth for both themes.
 */
export type ChartTheme = {
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly surface: string;
  readonly surface2: string;
  readonly brand: string;
  /** Series colours in order; the first is the brand colour. */
  readonly palette: readonly string[];
  readonly fontFamily: string;
  /** Label size in px: 80% of the root font size, so the large-text settings reach the charts. */
  readonly fontSize: number;
};

// The light tokens, for a property that is not (yet) defined.
const FALLBACK = {
  text: '#1b1d21',
  muted: '#5c6370',
  border: '#d3d7de',
  surface: '#ffffff',
  surface2: '#eef0f3',
  brand: '#c8102e',
  focus: '#1a5fd0',
  success: '#1e7b34',
  fontFamily: 'sans-serif',
};

/** Reads the current theme from `root`'s computed style (`<html>`, whose data-theme picks the tokens). */
export function readChartTheme(root: HTMLElement): ChartTheme {
  const style = getComputedStyle(root);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const brand = token('--brand', FALLBACK.brand);
  const rootSize = Number.parseFloat(style.fontSize) || 16;
  return {
    text: token('--text', FALLBACK.text),
    muted: token('--muted', FALLBACK.muted),
    border: token('--border', FALLBACK.border),
    surface: token('--surface', FALLBACK.surface),
    surface2: token('--surface-2', FALLBACK.surface2),
    brand,
    palette: [brand, token('--focus', FALLBACK.focus), token('--success', FALLBACK.success)],
    fontFamily: token('--font-family', FALLBACK.fontFamily),
    fontSize: Math.max(12, Math.round(rootSize * 0.8)),
  };
}

/**
 * The ECharts theme object for `init`: transparent background (the card behind shows through),
 * the app's colours and font on every text, axis and tooltip.
 */
export function echartsTheme(theme: ChartTheme): Record<string, unknown> {
  const label = { color: theme.muted, fontSize: theme.fontSize, fontFamily: theme.fontFamily };
  return {
    color: theme.palette,
    backgroundColor: 'transparent',
    textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize },
    legend: { textStyle: { color: theme.text, fontSize: theme.fontSize } },
    tooltip: {
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize },
    },
    categoryAxis: {
      axisLine: { lineStyle: { color: theme.border } },
      axisTick: { lineStyle: { color: theme.border } },
      axisLabel: label,
      splitLine: { show: false },
    },
    valueAxis: {
      axisLine: { show: false },
      axisLabel: label,
      splitLine: { lineStyle: { color: theme.border } },
    },
  };
}
