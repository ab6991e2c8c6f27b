import { describe, expect, it } from 'vitest';
import { forecastDaily } from './forecast';

// Monday…Sunday of a small shop: quiet midweek, busy weekend.
const WEEK = [100, 120, 130, 90, 200, 400, 300];

function weeks(pattern: readonly number[], count: number): number[] {
  return Array.from({ length: pattern.length * count }, (_, i) => pattern[i % pattern.length] ?? 0);
}

/** A fixed pseudo-random sequence in [0, 1) (the glibc LCG), so the noisy series is the same every run. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('forecastDaily with Holt-Winters', () => {
  it('forecasts a clean weekly pattern back, continuing on the right weekday', () => {
    const result = forecastDaily(weeks(WEEK, 6));
    expect(result.method).toBe('holt_winters');
    // 42 days end on a Sunday, so the forecast starts on Monday.
    result.forecast.forEach((f, h) => {
      const expected = WEEK[h % 7] ?? 0;
      expect(Math.abs(f - expected)).toBeLessThanOrEqual(expected * 0.01);
    });
    expect(result.backtest?.horizon).toBe(14);
    expect(result.backtest?.wape).toBeLessThan(0.05);
  });

  it('forecasts a constant series as that constant', () => {
    const result = forecastDaily(Array.from({ length: 30 }, () => 5000));
    expect(result.forecast).toEqual(Array.from({ length: 14 }, () => 5000));
    expect(result.backtest).toEqual({ horizon: 14, wape: 0, mae: 0 });
  });

  it('keeps rising on a rising series, but damped', () => {
    // +20 a day on top of the week: the last week averages 1951, the true next two 2091 and 2231.
    const series = Array.from({ length: 42 }, (_, t) => 1000 + 20 * t + (WEEK[t % 7] ?? 0));
    const { forecast } = forecastDaily(series);
    const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const lastWeek = mean(series.slice(-7));
    const week1 = mean(forecast.slice(0, 7));
    const week2 = mean(forecast.slice(7));
    expect(week1).toBeGreaterThan(lastWeek);
    expect(week2).toBeGreaterThan(week1);
    // The damped trend (φ = 0.9) adds at most 9 days of trend, never the full 14.
    expect(week2).toBeLessThan(2231);
    // Still a weekly shape: Saturday above Monday in both forecast weeks.
    expect(forecast[5]).toBeGreaterThan(forecast[0] ?? 0);
    expect(forecast[12]).toBeGreaterThan(forecast[7] ?? 0);
  });

  it('forecasts zeros for a series of zeros, with no WAPE to give', () => {
    const result = forecastDaily(Array.from({ length: 35 }, () => 0));
    expect(result.forecast).toEqual(Array.from({ length: 14 }, () => 0));
    expect(result.backtest).toEqual({ horizon: 14, wape: null, mae: 0 });
  });

  it('back-tests a noisy series worse than a clean one', () => {
    const random = lcg(12345);
    // Each day ±30% around the pattern.
    const noisy = weeks(WEEK, 8).map((v) => Math.round(v * (0.7 + 0.6 * random())));
    const clean = forecastDaily(weeks(WEEK, 8)).backtest;
    const rough = forecastDaily(noisy).backtest;
    expect(clean?.wape).toBe(0);
    expect(rough?.wape).toBeGreaterThan(0.05);
    expect(rough?.mae).toBeGreaterThan(0);
    expect(Number.isInteger(rough?.mae)).toBe(true);
  });

  it('gives the same forecast and weights for the same series', () => {
    const random = lcg(7);
    const series = Array.from({ length: 60 }, () => Math.floor(random() * 100_000));
    expect(forecastDaily(series)).toEqual(forecastDaily([...series]));
    expect(forecastDaily(series).params).toBeDefined();
  });

  it('reports the grid weights exactly', () => {
    // A clean pattern fits every weight with zero error: the tie goes to the first of the grid.
    expect(forecastDaily(weeks(WEEK, 4)).params).toEqual({ alpha: 0.1, beta: 0, gamma: 0.1 });
  });

  it('clamps the forecast at 0 when refunds push the series below it', () => {
    const series = weeks([-500, -500, -500, -500, -500, -500, -500], 5);
    expect(forecastDaily(series).forecast).toEqual(Array.from({ length: 14 }, () => 0));
  });

  it('honours the horizon and season length', () => {
    const result = forecastDaily(weeks([10, 20, 30], 5), { horizon: 4, seasonLength: 3 });
    expect(result.forecast).toEqual([10, 20, 30, 10]);
    expect(result.backtest?.horizon).toBe(4);
  });
});

describe('forecastDaily on short series', () => {
  it('uses Holt-Winters without a back-test between two seasons and two seasons plus the horizon', () => {
    const result = forecastDaily(weeks(WEEK, 3)); // 21 days < 14 + 14
    expect(result.method).toBe('holt_winters');
    expect(result.backtest).toBeNull();
    expect(result.forecast).toHaveLength(14);
  });

  it('repeats the last week with one to two weeks of days', () => {
    // 10 days: Monday…Sunday, then Monday…Wednesday; the last 7 days start on a Thursday.
    const series = [...WEEK, 100, 120, 130];
    const result = forecastDaily(series);
    expect(result.method).toBe('seasonal_naive');
    expect(result.forecast.slice(0, 7)).toEqual([90, 200, 400, 300, 100, 120, 130]);
    // Back-tested on the 3 days after the first week: predicted 100, 120, 130, exactly right.
    expect(result.backtest).toEqual({ horizon: 3, wape: 0, mae: 0 });
    expect(result.params).toBeUndefined();
  });

  it('has no seasonal back-test with exactly one week', () => {
    expect(forecastDaily(WEEK)).toMatchObject({ method: 'seasonal_naive', backtest: null });
  });

  it('forecasts the rounded mean with less than a week', () => {
    // (100 + 120 + 131) / 3 = 117; no back-test.
    expect(forecastDaily([100, 120, 131])).toEqual({
      method: 'mean',
      forecast: Array.from({ length: 14 }, () => 117),
      backtest: null,
    });
  });

  it('forecasts zeros with no history', () => {
    expect(forecastDaily([], { horizon: 3 })).toEqual({
      method: 'none',
      forecast: [0, 0, 0],
      backtest: null,
    });
  });
});

describe('forecastDaily input checks', () => {
  it.each([[[1.5]], [[Number.NaN]], [[2 ** 53]]])('refuses %j', (series) => {
    expect(() => forecastDaily(series)).toThrow(RangeError);
  });

  it('refuses a horizon or season length below 1', () => {
    expect(() => forecastDaily([1], { horizon: 0 })).toThrow(RangeError);
    expect(() => forecastDaily([1], { seasonLength: 0 })).toThrow(RangeError);
  });
});
