import type { EChartsType } from 'echarts/core';
import { type RefObject, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ChartOption } from './chart-option';
import { type ChartTheme, echartsTheme, readChartTheme } from './chart-theme';
import { init } from './register-echarts';

// The settings menu changes these attributes on <html>; the CSS tokens follow at once.
function subscribeAppearance(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'data-font-size'],
  });
  return () => observer.disconnect();
}

let cached: { key: string; theme: ChartTheme } | undefined;

// useSyncExternalStore wants the same object until something changed: cache by the attributes.
function currentTheme(): ChartTheme {
  const root = document.documentElement;
  const key = `${root.dataset.theme ?? ''}|${root.dataset.fontSize ?? ''}`;
  if (cached?.key !== key) cached = { key, theme: readChartTheme(root) };
  return cached.theme;
}

/**
 * Draws `buildOption(theme)` into the returned ref's element: inits ECharts (SVG) on mount, follows
 * the element's size, re-inits with the new colours when the theme or font size changes, and
 * disposes on unmount. Keep `buildOption` stable (useCallback): each new one redraws the chart.
 */
export function useECharts(
  buildOption: (theme: ChartTheme) => ChartOption,
): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  const theme = useSyncExternalStore(subscribeAppearance, currentTheme);
  const [chart, setChart] = useState<EChartsType | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // A fresh instance rather than setTheme: nothing of the old colours can survive in the SVG or tooltip.
    const instance = init(element, echartsTheme(theme), { renderer: 'svg' });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    setChart(instance);
    return () => {
      resize.disconnect();
      instance.dispose();
      setChart(null);
    };
  }, [theme]);

  useEffect(() => {
    chart?.setOption(buildOption(theme), { notMerge: true });
  }, [chart, buildOption, theme]);

  return ref;
}
