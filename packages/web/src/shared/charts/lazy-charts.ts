import { lazy } from 'react';

// ECharts is the largest dependency of the web app: these wrappers fetch it (one shared chunk) only
// when a report first draws a chart, so neither the register nor the rest of the back office grows.
// Render them inside <Suspense>; the report's table needs no chart to show.

/** {@link SeriesChart}, loaded on first render. */
export const LazySeriesChart = lazy(() => import('./series-chart').then((m) => ({ default: m.SeriesChart })));

/** {@link HourHeatmap}, loaded on first render. */
export const LazyHourHeatmap = lazy(() => import('./hour-heatmap').then((m) => ({ default: m.HourHeatmap })));

/** {@link RankBars}, loaded on first render. */
export const LazyRankBars = lazy(() => import('./rank-bars').then((m) => ({ default: m.RankBars })));
