import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakDown, CASH_DENOMINATIONS, countCash, denominationsOf } from './cash-count';

describe('countCash', () => {
  it('adds up a CNY drawer exactly', () => {
    // 3 × ¥100 + 1 × ¥20 + 4 × ¥1 + 3 × ¥0.5 + 7 × ¥0.1 = ¥326.20
    const result = countCash('CNY', [
      { denomination: 10000, count: 3 },
      { denomination: 2000, count: 1 },
      { denomination: 100, count: 4 },
      { denomination: 50, count: 3 },
      { denomination: 10, count: 7 },
    ]);
    expect(result).toEqual({ ok: true, value: 32620 });
  });

  it('an empty count is zero', () => {
    expect(countCash('CNY', [])).toEqual({ ok: true, value: 0 });
  });

  it('refuses a note the currency does not have, a repeated one and a bad count', () => {
    expect(countCash('CNY', [{ denomination: 200, count: 1 }])).toEqual({
      ok: false,
      error: { code: 'unknown_denomination', denomination: 200 },
    });
    expect(
      countCash('CNY', [
        { denomination: 100, count: 1 },
        { denomination: 100, count: 2 },
      ]),
    ).toEqual({ ok: false, error: { code: 'duplicate_denomination', denomination: 100 } });
    for (const count of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(countCash('CNY', [{ denomination: 100, count }])).toEqual({
        ok: false,
        error: { code: 'invalid_count', denomination: 100 },
      });
    }
    expect(countCash('CNY', [{ denomination: 10000, count: Number.MAX_SAFE_INTEGER }])).toEqual({
      ok: false,
      error: { code: 'total_too_large' },
    });
  });

  it('counts a currency without a table as one total', () => {
    expect(denominationsOf('KWD')).toEqual([1]);
    expect(countCash('KWD', [{ denomination: 1, count: 12345 }])).toEqual({ ok: true, value: 12345 });
    expect(countCash('KWD', [{ denomination: 100, count: 1 }]).ok).toBe(false);
  });

  it('every table is largest first with distinct positive denominations', () => {
    for (const list of Object.values(CASH_DENOMINATIONS)) {
      expect([...list].sort((a, b) => b - a)).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
      expect(list.every((d) => Number.isSafeInteger(d) && d > 0)).toBe(true);
    }
  });

  it('property: the total is Σ denomination × count, whatever the order of the lines', () => {
    const cny = CASH_DENOMINATIONS.CNY as readonly number[];
    fc.assert(
      fc.property(
        fc
          .subarray([...cny])
          .chain((picked) =>
            fc.tuple(
              fc.constant(picked),
              fc.array(fc.nat(5000), { minLength: picked.length, maxLength: picked.length }),
            ),
          ),
        ([picked, counts]) => {
          const lines = picked.map((denomination, i) => ({ denomination, count: counts[i] as number }));
          const expected = lines.reduce((sum, l) => sum + l.denomination * l.count, 0);
          expect(countCash('CNY', lines)).toEqual({ ok: true, value: expected });
          expect(countCash('CNY', [...lines].reverse())).toEqual({ ok: true, value: expected });
        },
      ),
    );
  });
});

describe('breakDown', () => {
  it('makes ¥326.20 of notes and coins, largest first', () => {
    expect(breakDown('CNY', 32620)).toEqual([
      { denomination: 10000, count: 3 },
      { denomination: 2000, count: 1 },
      { denomination: 500, count: 1 },
      { denomination: 100, count: 1 },
      { denomination: 10, count: 2 },
    ]);
  });

  it('is null for what no coin makes up, or a bad amount', () => {
    expect(breakDown('CNY', 5)).toBeNull();
    expect(breakDown('CNY', -10)).toBeNull();
    expect(breakDown('CNY', 1.5)).toBeNull();
  });

  it('property: a break-down counts back to its amount', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(CASH_DENOMINATIONS), 'KWD'),
        fc.nat(10_000_000),
        (currency, amount) => {
          const lines = breakDown(currency, amount);
          if (lines === null) return;
          expect(countCash(currency, lines)).toEqual({ ok: true, value: amount });
        },
      ),
    );
  });
});
