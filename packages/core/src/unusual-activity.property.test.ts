import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ActivityRule, judgeActivity } from './unusual-activity';

const counts = (minLength: number) => fc.array(fc.integer({ min: 0, max: 50 }), { minLength, maxLength: 40 });
const day = fc.record({ count: fc.integer({ min: 0, max: 200 }), own: counts(5), store: counts(10) });
const rule: fc.Arbitrary<ActivityRule> = fc.record({
  sensitivity: fc.double({ min: 0.5, max: 10, noNaN: true }),
  minCount: fc.integer({ min: 0, max: 10 }),
});

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

describe('judgeActivity properties', () => {
  it('only reports a count of at least the minimum, above the usual of both histories', () => {
    fc.assert(
      fc.property(day, rule, (d, r) => {
        if (judgeActivity(d, r).verdict !== 'unusual') return;
        expect(d.count).toBeGreaterThanOrEqual(r.minCount);
        expect(d.count).toBeGreaterThan(median(d.own));
        expect(d.count).toBeGreaterThan(median(d.store));
      }),
    );
  });

  it('keeps reporting a higher count once a count is reported', () => {
    fc.assert(
      fc.property(day, rule, fc.integer({ min: 1, max: 100 }), (d, r, more) => {
        if (judgeActivity(d, r).verdict !== 'unusual') return;
        expect(judgeActivity({ ...d, count: d.count + more }, r).verdict).toBe('unusual');
      }),
    );
  });

  it('reports less, never more, at a higher sensitivity', () => {
    fc.assert(
      fc.property(day, rule, fc.double({ min: 0, max: 5, noNaN: true }), (d, r, extra) => {
        if (judgeActivity(d, { ...r, sensitivity: r.sensitivity + extra }).verdict !== 'unusual') return;
        expect(judgeActivity(d, r).verdict).toBe('unusual');
      }),
    );
  });

  it('does not depend on the order of the days', () => {
    fc.assert(
      fc.property(day, rule, (d, r) => {
        const reversed = { ...d, own: [...d.own].reverse(), store: [...d.store].sort((a, b) => b - a) };
        expect(judgeActivity(reversed, r)).toEqual(judgeActivity(d, r));
      }),
    );
  });
});
