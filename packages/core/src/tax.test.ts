import { describe, expect, it } from 'vitest';
import { computeTax, formatTaxRate, type TaxSettings } from './tax';

const settings = (over: Partial<TaxSettings>): TaxSettings => ({
  mode: 'inclusive',
  rounding: 'line',
  inclusiveTarget: 'net',
  roundingMode: 'half-up',
  ...over,
});

describe('computeTax golden vectors', () => {
  it('299 at 4% inclusive, rounding the net: 2.99 / 1.04 = 2.875 → net 2.88, tax 0.11', () => {
    const result = computeTax([{ amount: 299, ratePpm: 40_000 }], settings({ inclusiveTarget: 'net' }));
    expect(result.lines).toEqual([{ net: 288, tax: 11, gross: 299 }]);
  });

  it('299 at 4% inclusive, rounding the tax: 2.99 × 4/104 = 0.115 → tax 0.12, net 2.87', () => {
    const result = computeTax([{ amount: 299, ratePpm: 40_000 }], settings({ inclusiveTarget: 'tax' }));
    expect(result.lines).toEqual([{ net: 287, tax: 12, gross: 299 }]);
  });

  const amounts = [148, 148, 148, 148, 152, 154, 39];
  const lines = amounts.map((amount) => ({ amount, ratePpm: 210_000 }));

  it('21% exclusive, per line: 31×4 + 32 + 32 + 8 = 196 tax, gross 1133', () => {
    // 148 × 0.21 = 31.08 → 31; 152 × 0.21 = 31.92 → 32; 154 × 0.21 = 32.34 → 32; 39 × 0.21 = 8.19 → 8
    const result = computeTax(lines, settings({ mode: 'exclusive', rounding: 'line' }));
    expect(result.lines.map((l) => l.tax)).toEqual([31, 31, 31, 31, 32, 32, 8]);
    expect({ net: result.net, tax: result.tax, gross: result.gross }).toEqual({
      net: 937,
      tax: 196,
      gross: 1133,
    });
  });

  it('21% exclusive, per receipt: 937 × 0.21 = 196.77 → 197, gross 1134', () => {
    const result = computeTax(lines, settings({ mode: 'exclusive', rounding: 'receipt' }));
    expect({ net: result.net, tax: result.tax, gross: result.gross }).toEqual({
      net: 937,
      tax: 197,
      gross: 1134,
    });
    // The 197 goes back onto the lines by largest remainder, weighted by amount: shares are
    // 197 × 148/937 = 31.12 (×4), × 152/937 = 31.96, × 154/937 = 32.38, × 39/937 = 8.20; the floors
    // sum to 195 and the 2 left over go to the largest remainders (.96 → 32, .38 → 33).
    expect(result.lines.map((l) => l.tax)).toEqual([31, 31, 31, 31, 32, 33, 8]);
  });

  it('JPY (exponent 0): ¥1080 inclusive at 8% → net 1000, tax 80; ¥1000 exclusive at 10% → tax 100', () => {
    expect(computeTax([{ amount: 1080, ratePpm: 80_000 }], settings({})).lines).toEqual([
      { net: 1000, tax: 80, gross: 1080 },
    ]);
    // ¥98 + 10%: 9.8 → 10
    expect(computeTax([{ amount: 98, ratePpm: 100_000 }], settings({ mode: 'exclusive' })).lines).toEqual([
      { net: 98, tax: 10, gross: 108 },
    ]);
  });

  it('KWD (exponent 3): 1.234 KWD exclusive at 5% = 0.0617 → 0.062', () => {
    expect(computeTax([{ amount: 1234, ratePpm: 50_000 }], settings({ mode: 'exclusive' })).lines).toEqual([
      { net: 1234, tax: 62, gross: 1296 },
    ]);
  });
});

describe('computeTax', () => {
  it('groups by rate, ascending, and sums', () => {
    const result = computeTax(
      [
        { amount: 1130, ratePpm: 130_000 },
        { amount: 1090, ratePpm: 90_000 },
        { amount: 500, ratePpm: 0 },
        { amount: 2260, ratePpm: 130_000 },
      ],
      settings({}),
    );
    expect(result.byRate).toEqual([
      { ratePpm: 0, net: 500, tax: 0, gross: 500 },
      { ratePpm: 90_000, net: 1000, tax: 90, gross: 1090 },
      { ratePpm: 130_000, net: 3000, tax: 390, gross: 3390 },
    ]);
    expect({ net: result.net, tax: result.tax, gross: result.gross }).toEqual({
      net: 4500,
      tax: 480,
      gross: 4980,
    });
  });

  it('half-even differs from half-up on an exact tie', () => {
    // 125 × 10% = 12.5 is a tie → 13 half-up, 12 half-even.
    const line = [{ amount: 125, ratePpm: 100_000 }];
    expect(computeTax(line, settings({ mode: 'exclusive' })).tax).toBe(13);
    expect(computeTax(line, settings({ mode: 'exclusive', roundingMode: 'half-even' })).tax).toBe(12);
  });

  it('handles an empty sale', () => {
    expect(computeTax([], settings({}))).toEqual({ lines: [], byRate: [], net: 0, tax: 0, gross: 0 });
  });

  it('refuses bad input', () => {
    expect(() => computeTax([{ amount: 1.5, ratePpm: 0 }], settings({}))).toThrow(RangeError);
    expect(() => computeTax([{ amount: 1, ratePpm: -1 }], settings({}))).toThrow(RangeError);
    expect(() =>
      computeTax(
        [
          { amount: 100, ratePpm: 130_000 },
          { amount: -50, ratePpm: 130_000 },
        ],
        settings({ rounding: 'receipt' }),
      ),
    ).toThrow(RangeError);
  });
});

describe('formatTaxRate', () => {
  it.each([
    [130_000, '13%'],
    [65_000, '6.5%'],
    [0, '0%'],
    [1, '0.0001%'],
    [1_000_000, '100%'],
  ])('%i ppm → %s', (ppm, text) => {
    expect(formatTaxRate(ppm)).toBe(text);
  });
});
