import { describe, expect, it } from 'vitest';
import { judgeActivity } from './unusual-activity';

const RULE = { sensitivity: 3.5, minCount: 3 };
// A cashier who refunds 0–2 a day, and a colleague much the same: 14 cashier-days in the store.
const QUIET = [0, 1, 0, 0, 2, 1, 0];
const COLLEAGUE = [1, 0, 2, 0, 1, 0, 0];
const STORE = [...QUIET, ...COLLEAGUE];

describe('judgeActivity', () => {
  it('reports a quiet cashier’s busy day, against their history and the store’s', () => {
    // Own: sorted 0 0 0 0 1 1 2 → usual 0; deviations are the values, MAD 0, so 1.2533 × mean
    // deviation (4/7) = 0.72 stands in, under the floor of 1 → spread 1. Six refunds: score 6.
    // Store: eight 0s, four 1s, two 2s → usual 0, MAD 0, mean deviation 8/14 → spread 1 again.
    expect(judgeActivity({ count: 6, own: QUIET, store: STORE }, RULE)).toEqual({
      verdict: 'unusual',
      own: { usual: 0, spread: 1, score: 6 },
      store: { usual: 0, spread: 1, score: 6 },
    });
  });

  it('never reports fewer than the minimum count, however quiet the history', () => {
    expect(judgeActivity({ count: 2, own: QUIET, store: STORE }, RULE)).toEqual({ verdict: 'too_few' });
    // Three is enough to be judged, but scores 3 < 3.5; four scores 4.
    expect(judgeActivity({ count: 3, own: QUIET, store: STORE }, RULE)).toMatchObject({ verdict: 'usual' });
    expect(judgeActivity({ count: 4, own: QUIET, store: STORE }, RULE)).toMatchObject({ verdict: 'unusual' });
    // A lower minimum lets a day of two refunds be judged (score 2: still usual at 3.5, not at 2).
    expect(judgeActivity({ count: 2, own: QUIET, store: STORE }, { ...RULE, minCount: 1 })).toMatchObject({
      verdict: 'usual',
    });
    expect(
      judgeActivity({ count: 2, own: QUIET, store: STORE }, { sensitivity: 2, minCount: 1 }),
    ).toMatchObject({
      verdict: 'unusual',
    });
  });

  it('does not judge a cashier with fewer than 5 days, or a store with fewer than 10 cashier-days', () => {
    expect(judgeActivity({ count: 9, own: [0, 0, 0, 0], store: STORE }, RULE)).toEqual({
      verdict: 'short_history',
    });
    expect(judgeActivity({ count: 9, own: QUIET, store: QUIET }, RULE)).toEqual({ verdict: 'short_history' });
    expect(
      judgeActivity({ count: 9, own: [0, 0, 0, 0], store: STORE }, { ...RULE, minOwnDays: 4 }),
    ).toMatchObject({ verdict: 'unusual' });
  });

  it('leaves a returns desk alone: many refunds are usual for that cashier', () => {
    // Own: sorted 8 9 9 10 10 11 12 → usual 10; deviations 0 0 1 1 1 2 2 → MAD 1 → 1.48, under
    // √10 = 3.16. Twelve refunds: (12 − 10) / 3.16 = 0.63, although the store (usual 1, MAD 1 →
    // spread 1.48) scores it 7.42.
    const desk = [8, 10, 9, 11, 10, 9, 12];
    const verdict = judgeActivity({ count: 12, own: desk, store: [...STORE, ...desk] }, RULE);
    expect(verdict).toEqual({
      verdict: 'usual',
      own: { usual: 10, spread: 3.16, score: 0.63 },
      store: { usual: 1, spread: 1.48, score: 7.42 },
    });
  });

  it('leaves a day alone that is busy for the cashier but usual for the store', () => {
    // The store refunds 4–7 a cashier-day (usual 5.5, spread √5.5 = 2.35): six is nothing there.
    const busyStore = [5, 6, 4, 7, 5, 6, 5, 6, 4, 7];
    const verdict = judgeActivity({ count: 6, own: QUIET, store: busyStore }, RULE);
    expect(verdict).toMatchObject({
      verdict: 'usual',
      own: { score: 6 },
      store: { usual: 5.5, score: 0.21 },
    });
  });

  it('keeps a flat history from making a small rise surprising (√median floor)', () => {
    // 4 4 4 4 4: no deviation at all, so the spread is √4 = 2. Six scores 1; eleven scores 3.5.
    const flat = [4, 4, 4, 4, 4];
    const store = [...flat, ...flat];
    expect(judgeActivity({ count: 6, own: flat, store }, RULE)).toMatchObject({
      verdict: 'usual',
      own: { usual: 4, spread: 2, score: 1 },
    });
    expect(judgeActivity({ count: 11, own: flat, store }, RULE)).toMatchObject({
      verdict: 'unusual',
      own: { score: 3.5 },
      store: { score: 3.5 },
    });
  });

  it('scales the spread by the MAD when the days vary', () => {
    // Sorted 1 1 2 2 2 2 3 3 → usual 2; deviations 0 0 0 0 1 1 1 1 → MAD 0.5 → 0.74, under
    // √2 = 1.414. Seven: 5 / 1.414 = 3.54 ≥ 3.5.
    const varied = [1, 2, 3, 2, 1, 2, 3, 2];
    const store = [...varied, ...varied];
    expect(judgeActivity({ count: 7, own: varied, store }, RULE)).toEqual({
      verdict: 'unusual',
      own: { usual: 2, spread: 1.41, score: 3.54 },
      store: { usual: 2, spread: 1.41, score: 3.54 },
    });
    expect(judgeActivity({ count: 7, own: varied, store }, { ...RULE, sensitivity: 3.6 })).toMatchObject({
      verdict: 'usual',
    });
  });

  it('refuses counts and rules that make no sense', () => {
    expect(() => judgeActivity({ count: -1, own: QUIET, store: STORE }, RULE)).toThrow(RangeError);
    expect(() => judgeActivity({ count: 1.5, own: QUIET, store: STORE }, RULE)).toThrow(RangeError);
    expect(() => judgeActivity({ count: 1, own: [0.5], store: STORE }, RULE)).toThrow(RangeError);
    expect(() => judgeActivity({ count: 1, own: QUIET, store: STORE }, { ...RULE, sensitivity: 0 })).toThrow(
      RangeError,
    );
    expect(() =>
      judgeActivity({ count: 1, own: QUIET, store: STORE }, { ...RULE, sensitivity: Number.NaN }),
    ).toThrow(RangeError);
    expect(() => judgeActivity({ count: 1, own: QUIET, store: STORE }, { ...RULE, minCount: -1 })).toThrow(
      RangeError,
    );
  });
});
