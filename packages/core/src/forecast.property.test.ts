import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastDaily } from './forecast';

const series = fc.array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), { maxLength: 60 });
const options = fc.record({
  horizon: fc.integer({ min: 1, max: 21 }),
  seasonLength: fc.integer({ min: 1, max: 10 }),
});

describe('forecastDaily properties', () => {
  it('forecasts `horizon` non-negative safe integers', () => {
    fc.assert(
      fc.property(series, options, (s, o) => {
        const { forecast } = forecastDaily(s, o);
        expect(forecast).toHaveLength(o.horizon);
        for (const f of forecast) {
          expect(Number.isSafeInteger(f)).toBe(true);
          expect(f).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('back-tests on at most `horizon` days, with a non-negative integer MAE', () => {
    fc.assert(
      fc.property(series, options, (s, o) => {
        const { backtest } = forecastDaily(s, o);
        if (backtest === null) return;
        expect(backtest.horizon).toBeGreaterThan(0);
        expect(backtest.horizon).toBeLessThanOrEqual(o.horizon);
        expect(Number.isSafeInteger(backtest.mae) && backtest.mae >= 0).toBe(true);
        if (backtest.wape !== null) expect(backtest.wape).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
