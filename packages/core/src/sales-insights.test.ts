import { describe, expect, it } from 'vitest';
import { type DailyInsightsInput, findDailyInsights, STANDOUT_REASONS } from './sales-insights';

const QUIET_TOTAL = { amount: 10_000, history: [10_000, 10_000, 10_000, 10_000] };

function insights(input: Partial<DailyInsightsInput>) {
  return findDailyInsights({ day: [], history: [], total: QUIET_TOTAL, ...input });
}

describe('findDailyInsights', () => {
  it('reports a product that doubled as a riser', () => {
    // History 900 1000 1100 1300 1000 → sorted 900 1000 1000 1100 1300, usual 1000 (the middle one:
    // the 1300 week does not pull it). Deviations 100 0 100 300 0 → MAD 100 → spread 148.26, above
    // the floor (10% of 1000 = 100). Today 2000: change 1000, z = 1000 / 148.26 = 6.74 ≥ 4 → far above.
    const result = insights({
      day: [{ key: 'tea', amount: 2000, quantity: 4000 }],
      history: [{ key: 'tea', amounts: [900, 1000, 1100, 1300, 1000] }],
    });
    expect(result.risers).toEqual([
      {
        key: 'tea',
        amount: 2000,
        usual: 1000,
        change: 1000,
        ratioBasisPoints: 20000,
        reason: 'far_above_usual',
        score: 6.74,
      },
    ]);
    expect(result.fallers).toEqual([]);
  });

  it('reports a product missing from the day as stopped selling', () => {
    // History 800 × 4: MAD 0 and mean deviation 0, so the floor decides: spread 10% of 800 = 80.
    // Not sold today → 0: change −800, z = 10.
    const result = insights({ history: [{ key: 'milk', amounts: [800, 800, 800, 800] }] });
    expect(result.fallers).toEqual([
      {
        key: 'milk',
        amount: 0,
        usual: 800,
        change: -800,
        ratioBasisPoints: 0,
        reason: 'stopped_selling',
        score: 10,
      },
    ]);
  });

  it('does not report noise within the usual spread', () => {
    // History 500 520 480 510 → usual (500 + 510) / 2 = 505, MAD 10 → 14.83, floor 50.5 wins.
    // Today 540: change 35, z = 0.69 < 2.
    const result = insights({
      day: [{ key: 'bread', amount: 540, quantity: 3000 }],
      history: [{ key: 'bread', amounts: [500, 520, 480, 510] }],
    });
    expect(result).toEqual({ total: null, risers: [], fallers: [], newSellers: [] });
  });

  it('tells a moderate change from a far one', () => {
    // History 1000 1200 800 1000 1000 → usual 1000; deviations 0 200 200 0 0 → MAD 0, so
    // 1.2533 × mean deviation (400 / 5 = 80) = 100.26 stands in; just above the floor of 100.
    // 1300: change 300, z = 2.99 → above. 700: z = 2.99 → below. 3000 → coffee: usual 3000, spread
    // 300 (floor); 1000: change −2000, z = 6.67 → far below, ratio 1000 / 3000 = 3333 bp.
    const cake = [1000, 1200, 800, 1000, 1000];
    const result = insights({
      day: [
        { key: 'cake', amount: 1300, quantity: 1000 },
        { key: 'tart', amount: 700, quantity: 1000 },
        { key: 'coffee', amount: 1000, quantity: 1000 },
      ],
      history: [
        { key: 'cake', amounts: cake },
        { key: 'tart', amounts: cake },
        { key: 'coffee', amounts: [3000, 3000, 3000, 3000] },
      ],
    });
    expect(result.risers.map((s) => [s.key, s.reason, s.score])).toEqual([['cake', 'above_usual', 2.99]]);
    expect(result.fallers.map((s) => [s.key, s.reason, s.score, s.ratioBasisPoints])).toEqual([
      ['coffee', 'far_below_usual', 6.67, 3333],
      ['tart', 'below_usual', 2.99, 7000],
    ]);
  });

  it('lists a product with no sales in the history as a new seller', () => {
    const result = insights({
      day: [
        { key: 'mooncake', amount: 5000, quantity: 2000 },
        { key: 'lantern', amount: 300, quantity: 1000 },
        { key: 'refunded', amount: -200, quantity: -1000 },
      ],
      // Listed, but 0 every week: still never sold.
      history: [{ key: 'lantern', amounts: [0, 0, 0, 0] }],
    });
    expect(result.newSellers).toEqual([
      { key: 'mooncake', amount: 5000 },
      { key: 'lantern', amount: 300 },
    ]);
    expect(result.risers).toEqual([]);
  });

  it('does not make a product sold one week in five infinitely surprising', () => {
    // History 0 0 0 500 0 → usual 0, MAD 0; 1.2533 × mean deviation 100 = 125.33.
    // 200: z = 1.6, not reported. 600: z = 4.79 → far above, no ratio to a usual of 0.
    const history = [{ key: 'ice', amounts: [0, 0, 0, 500, 0] }];
    expect(insights({ day: [{ key: 'ice', amount: 200, quantity: 1000 }], history }).risers).toEqual([]);
    expect(insights({ day: [{ key: 'ice', amount: 600, quantity: 1000 }], history }).risers).toEqual([
      {
        key: 'ice',
        amount: 600,
        usual: 0,
        change: 600,
        ratioBasisPoints: null,
        reason: 'far_above_usual',
        score: 4.79,
      },
    ]);
  });

  it('ignores changes below minAmount and widens the spread to it', () => {
    const history = [{ key: 'tea', amounts: [900, 1000, 1100, 1300, 1000] }];
    const day = [{ key: 'tea', amount: 2000, quantity: 4000 }];
    expect(insights({ day, history, minAmount: 1500 }).risers).toEqual([]);
    // minAmount 400: spread max(148.26, 100, 400) = 400, z = 1000 / 400 = 2.5 → above, not far.
    expect(insights({ day, history, minAmount: 400 }).risers[0]).toMatchObject({
      reason: 'above_usual',
      score: 2.5,
    });
  });

  it('compares the whole day with usual', () => {
    // 10000 10500 9500 10000 → usual 10000; MAD 250 → 370.65, floor 1000. 20000: z = 10.
    const total = { amount: 20_000, history: [10_000, 10_500, 9_500, 10_000] };
    expect(insights({ total }).total).toEqual({
      key: 'total',
      amount: 20_000,
      usual: 10_000,
      change: 10_000,
      ratioBasisPoints: 20_000,
      reason: 'far_above_usual',
      score: 10,
    });
    expect(insights({ total: { amount: 10_400, history: total.history } }).total).toBeNull();
    expect(insights({ total: { amount: 10_400, history: [] } }).total).toBeNull();
  });

  it('sorts by change, ties by key, and caps each list at the limit', () => {
    // Every product usually sells 1000 (spread 100); the change decides the order.
    const gains = { a: 500, b: 3000, c: 3000, d: 800, e: 2000, f: 1200, g: 900 };
    const keys = Object.keys(gains);
    const history = keys.map((key) => ({ key, amounts: [1000, 1000, 1000, 1000] }));
    const day = Object.entries(gains).map(([key, gain]) => ({ key, amount: 1000 + gain, quantity: 1000 }));
    const result = insights({ day, history });
    expect(result.risers.map((s) => s.key)).toEqual(['b', 'c', 'e', 'f', 'g']);
    expect(insights({ day, history, limit: 2 }).risers.map((s) => s.key)).toEqual(['b', 'c']);
    // The mirror image: 1000 − gain, changes −500 … −3000, most negative first.
    const drops = day.map((p) => ({ ...p, amount: 2000 - p.amount }));
    expect(insights({ day: drops, history }).fallers.map((s) => s.key)).toEqual(['b', 'c', 'e', 'f', 'g']);
  });

  it('gives the same insights whatever the order of the input', () => {
    const history = [
      { key: 'tea', amounts: [1000, 1100, 900, 1000] },
      { key: 'milk', amounts: [800, 800, 800, 800] },
      { key: 'cake', amounts: [1000, 1200, 800, 1000, 1000] },
    ];
    const day = [
      { key: 'tea', amount: 2000, quantity: 1000 },
      { key: 'cake', amount: 700, quantity: 1000 },
      { key: 'new', amount: 100, quantity: 1000 },
    ];
    const forward = insights({ day, history });
    expect(insights({ day: [...day].reverse(), history: [...history].reverse() })).toEqual(forward);
    expect(forward.fallers.map((s) => s.key)).toEqual(['milk', 'cake']);
  });

  it('refuses duplicate keys, fractional amounts and negative options', () => {
    const history = [{ key: 'tea', amounts: [1000] }];
    expect(() => insights({ history: [...history, ...history] })).toThrow(RangeError);
    expect(() => insights({ day: [{ key: 'tea', amount: 1.5, quantity: 1000 }] })).toThrow(RangeError);
    expect(() => insights({ history: [{ key: 'tea', amounts: [Number.NaN] }] })).toThrow(RangeError);
    expect(() => insights({ total: { amount: 1, history: [0.5] } })).toThrow(RangeError);
    expect(() => insights({ minAmount: -1 })).toThrow(RangeError);
    expect(() => insights({ limit: 1.5 })).toThrow(RangeError);
  });

  it('names every reason it can give', () => {
    expect([...STANDOUT_REASONS].sort()).toEqual([
      'above_usual',
      'below_usual',
      'far_above_usual',
      'far_below_usual',
      'stopped_selling',
    ]);
  });
});
