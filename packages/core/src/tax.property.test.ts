import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES } from './rounding';
import { computeTax, type TaxSettings } from './tax';

const settingsArb: fc.Arbitrary<TaxSettings> = fc.record({
  mode: fc.constantFrom('inclusive' as const, 'exclusive' as const),
  rounding: fc.constantFrom('line' as const, 'receipt' as const),
  inclusiveTarget: fc.constantFrom('net' as const, 'tax' as const),
  roundingMode: fc.constantFrom(...ROUNDING_MODES),
});
const linesArb = fc.array(
  fc.record({
    amount: fc.integer({ min: 0, max: 10_000_000 }),
    ratePpm: fc.constantFrom(0, 10_000, 30_000, 60_000, 90_000, 130_000, 210_000, 1_234_567),
  }),
  { maxLength: 15 },
);

describe('computeTax properties', () => {
  it('gross = net + tax for every line, rate and total', () => {
    fc.assert(
      fc.property(linesArb, settingsArb, (lines, s) => {
        const r = computeTax(lines, s);
        for (const split of [...r.lines, ...r.byRate, r]) expect(split.gross).toBe(split.net + split.tax);
      }),
    );
  });

  it('inclusive keeps Σ gross = Σ amounts; exclusive keeps Σ net = Σ amounts', () => {
    fc.assert(
      fc.property(linesArb, settingsArb, (lines, s) => {
        const r = computeTax(lines, s);
        const sum = lines.reduce((acc, l) => acc + l.amount, 0);
        expect(s.mode === 'inclusive' ? r.gross : r.net).toBe(sum);
        r.lines.forEach((split, i) => {
          expect(s.mode === 'inclusive' ? split.gross : split.net).toBe(lines[i]?.amount);
        });
      }),
    );
  });

  it('line taxes sum to their rate group and groups to the total', () => {
    fc.assert(
      fc.property(linesArb, settingsArb, (lines, s) => {
        const r = computeTax(lines, s);
        for (const group of r.byRate) {
          const tax = r.lines
            .filter((_, i) => lines[i]?.ratePpm === group.ratePpm)
            .reduce((a, l) => a + l.tax, 0);
          expect(tax).toBe(group.tax);
        }
        expect(r.byRate.reduce((a, g) => a + g.tax, 0)).toBe(r.tax);
      }),
    );
  });

  it('each line tax is within 1 minor unit of the exact tax under line rounding', () => {
    fc.assert(
      fc.property(linesArb, settingsArb, (lines, s) => {
        const r = computeTax(lines, { ...s, rounding: 'line' });
        r.lines.forEach((split, i) => {
          const line = lines[i] ?? { amount: 0, ratePpm: 0 };
          const divisor = s.mode === 'inclusive' ? 1_000_000n + BigInt(line.ratePpm) : 1_000_000n;
          // |tax × divisor − amount × rate| < divisor  ⇔  |tax − exact| < 1
          const diff = BigInt(split.tax) * divisor - BigInt(line.amount) * BigInt(line.ratePpm);
          expect(diff < 0n ? -diff : diff).toBeLessThan(divisor);
        });
      }),
    );
  });
});
