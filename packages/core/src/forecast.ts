import { assertSafeInteger } from './rounding';

/** How {@link forecastDaily} made its numbers, from the richest model down to none at all. */
export type ForecastMethod = 'holt_winters' | 'seasonal_naive' | 'mean' | 'none';

/** The smoothing weights a Holt-Winters fit chose: level, trend and season, each in 0…1. */
export type SmoothingParams = { readonly alpha: number; readonly beta: number; readonly gamma: number };

/**
 * How well the method forecast the last `horizon` days it had, when fitted without them.
 * `wape` is Σ|actual − forecast| / Σ|actual| as a fraction (0.05 = 5%), null when every held-out
 * day was 0; `mae` is the mean absolute error in minor units, rounded.
 */
export type ForecastBacktest = {
  readonly horizon: number;
  readonly wape: number | null;
  readonly mae: number;
};

/** A daily forecast in integer minor units, one amount per future day, never negative. */
export type DailyForecast = {
  readonly method: ForecastMethod;
  readonly forecast: number[];
  readonly backtest: ForecastBacktest | null;
  /** Only for `holt_winters`: the weights fitted on the whole series. */
  readonly params?: SmoothingParams;
};

export type ForecastOptions = {
  /** Days to forecast; default 14. */
  readonly horizon?: number;
  /** Days in one season; default 7 (a week). */
  readonly seasonLength?: number;
};

// The grid is small and fixed so the fit is deterministic and cheap (324 passes over the series);
// literals, not 0.1 × k, so the reported params are the exact decimals 0.3, not 0.30000000000000004.
const ALPHAS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;
const BETAS = [0, 0.05, 0.1, 0.2] as const;
const GAMMAS = ALPHAS;

// Why a damped trend (Gardner & McKenzie) with a fixed φ = 0.9: two or three good weeks in a row
// (a promotion, a holiday) look like a trend, and an undamped one would be extended linearly for
// all 14 days. Damped, day h adds φ + … + φ^h of today's trend, so the whole horizon adds at most
// 9 days' worth (6.9 at h = 14) and the forecast levels off instead of running away. β = 0 in the
// grid lets a series without trend decay the initial one to nothing.
const PHI = 0.9;

/**
 * Forecasts the next `horizon` days of a daily sales series (integer minor units, oldest first,
 * 0 on days without sales) by additive Holt-Winters with a damped trend and a weekly season,
 * falling back to simpler methods when the series is short (m = season length, h = horizon):
 *
 * - n ≥ 2m: `holt_winters`, weights chosen from a grid by least one-step-ahead squared error;
 *   back-tested on the last h days when n ≥ 2m + h, else `backtest` is null.
 * - m ≤ n < 2m: `seasonal_naive`, the last season repeated; back-tested on the last
 *   min(h, n − m) days, so a shorter back-test than the horizon (see `backtest.horizon`).
 * - 1 ≤ n < m: `mean` of the days there are, no back-test. n = 0: `none`, all zeros.
 *
 * A day may be negative (refunds beyond sales); the model takes it as it is, but each forecast
 * day is `Math.round` of the model clamped to 0 (and to the safe-integer range).
 * @throws RangeError on a value that is not a safe integer, or a horizon or season length < 1.
 */
export function forecastDaily(series: readonly number[], options: ForecastOptions = {}): DailyForecast {
  const horizon = options.horizon ?? 14;
  const m = options.seasonLength ?? 7;
  assertSafeInteger(horizon, 'horizon', 1);
  assertSafeInteger(m, 'seasonLength', 1);
  series.forEach((value, i) => {
    assertSafeInteger(value, `series[${i}]`);
  });
  const n = series.length;

  if (n >= 2 * m) {
    const fit = fitHoltWinters(series, m);
    const backtest =
      n >= 2 * m + horizon
        ? backtestOn(series, horizon, (train) => project(fitHoltWinters(train, m), horizon))
        : null;
    return { method: 'holt_winters', forecast: project(fit, horizon), backtest, params: fit.params };
  }
  if (n >= m) {
    const held = Math.min(horizon, n - m);
    const backtest = held > 0 ? backtestOn(series, held, (train) => seasonalNaive(train, held, m)) : null;
    return { method: 'seasonal_naive', forecast: seasonalNaive(series, horizon, m), backtest };
  }
  if (n > 0) {
    const mean = toAmount(series.reduce((s, v) => s + v, 0) / n);
    return { method: 'mean', forecast: Array.from({ length: horizon }, () => mean), backtest: null };
  }
  return { method: 'none', forecast: Array.from({ length: horizon }, () => 0), backtest: null };
}

/** The state after the last observed day: level, trend, and the season estimate by day index mod m. */
type HoltWintersFit = {
  readonly params: SmoothingParams;
  readonly sse: number;
  readonly level: number;
  readonly trend: number;
  readonly season: readonly number[];
  readonly length: number;
};

function fitHoltWinters(series: readonly number[], m: number): HoltWintersFit {
  let best: HoltWintersFit | null = null;
  // Strictly smaller SSE replaces: on a tie the first in grid order (smallest α, then β, then γ) wins.
  for (const alpha of ALPHAS) {
    for (const beta of BETAS) {
      for (const gamma of GAMMAS) {
        const fit = runHoltWinters(series, m, { alpha, beta, gamma });
        if (best === null || fit.sse < best.sse) best = fit;
      }
    }
  }
  return best as HoltWintersFit;
}

function runHoltWinters(series: readonly number[], m: number, params: SmoothingParams): HoltWintersFit {
  const { alpha, beta, gamma } = params;
  const at = (t: number): number => series[t] ?? 0;
  // Standard start from the first two seasons: their means A1, A2 give the trend (A2 − A1) / m,
  // and each day's season is its distance from the trend line, averaged over both seasons. The
  // level starts one day before day 0 on that line, so day 0's prediction is already on trend.
  const mean1 = meanOf(series, 0, m);
  const mean2 = meanOf(series, m, 2 * m);
  let trend = (mean2 - mean1) / m;
  const mid = (m - 1) / 2;
  const season = Array.from({ length: m }, (_, i) => {
    const line = trend * (i - mid);
    return (at(i) - (mean1 + line) + (at(m + i) - (mean2 + line))) / 2;
  });
  let level = mean1 - trend * (mid + 1);

  let sse = 0;
  for (let t = 0; t < series.length; t++) {
    const y = at(t);
    const s = season[t % m] ?? 0;
    const error = y - (level + PHI * trend + s);
    sse += error * error;
    const nextLevel = alpha * (y - s) + (1 - alpha) * (level + PHI * trend);
    trend = beta * (nextLevel - level) + (1 - beta) * PHI * trend;
    season[t % m] = gamma * (y - nextLevel) + (1 - gamma) * s;
    level = nextLevel;
  }
  return { params, sse, level, trend, season, length: series.length };
}

function project(fit: HoltWintersFit, horizon: number): number[] {
  const out: number[] = [];
  let damping = 0;
  for (let h = 1; h <= horizon; h++) {
    damping += PHI ** h;
    const s = fit.season[(fit.length + h - 1) % fit.season.length] ?? 0;
    out.push(toAmount(fit.level + damping * fit.trend + s));
  }
  return out;
}

function seasonalNaive(series: readonly number[], horizon: number, m: number): number[] {
  const start = series.length - m;
  return Array.from({ length: horizon }, (_, h) => toAmount(series[start + (h % m)] ?? 0));
}

/** Fits on all but the last `held` days, forecasts them with `forecast`, and scores the forecast. */
function backtestOn(
  series: readonly number[],
  held: number,
  forecast: (train: readonly number[]) => number[],
): ForecastBacktest {
  const cut = series.length - held;
  const predicted = forecast(series.slice(0, cut));
  let absError = 0;
  let absActual = 0;
  for (let i = 0; i < held; i++) {
    const actual = series[cut + i] ?? 0;
    absError += Math.abs(actual - (predicted[i] ?? 0));
    // Σ|actual|, not Σ actual: the same for ordinary days, and a refund-heavy negative day cannot
    // shrink or flip the sign of the denominator.
    absActual += Math.abs(actual);
  }
  return {
    horizon: held,
    wape: absActual === 0 ? null : absError / absActual,
    mae: Math.round(absError / held),
  };
}

function meanOf(series: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let t = from; t < to; t++) sum += series[t] ?? 0;
  return sum / (to - from);
}

function toAmount(value: number): number {
  return Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.round(value)));
}

/**
 * A daily series from its first non-zero day: the days before a product was first sold are not
 * days it sold nothing, and would drag its forecast towards zero. Empty when it never sold.
 */
export function fromFirstSale(series: readonly number[]): number[] {
  const first = series.findIndex((amount) => amount !== 0);
  return first < 0 ? [] : series.slice(first);
}
