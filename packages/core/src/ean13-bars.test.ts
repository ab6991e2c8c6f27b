import { describe, expect, it } from 'vitest';
import { ean8Bars, ean13Bars } from './ean13-bars';

/** Widths as the scanner sees them: '1' per bar module, '0' per space module. */
const modules = (widths: readonly number[]) =>
  widths.map((w, i) => (i % 2 === 0 ? '1' : '0').repeat(w)).join('');

const widthsOf = (r: ReturnType<typeof ean13Bars>) => (r.ok ? r.value : []);

// Golden vectors worked by hand from the GS1 General Specifications digit tables (L/G/R codes and
// the first-digit parity table) and cross-checked module for module against zint 2.11 `--dump`.
describe('ean13Bars', () => {
  it('draws 4006381333931 (first digit 4 → parity LGLLGG)', () => {
    const widths = widthsOf(ean13Bars('4006381333931'));
    expect(widths.join('')).toBe(
      [
        '111', // left guard
        '3211', // 0 L
        '1123', // 0 G: the L widths backwards
        '1114', // 6 L
        '1411', // 3 L
        '3121', // 8 G
        '1222', // 1 G
        '11111', // centre guard
        '1411', // 3 R: the L widths, bar first
        '1411', // 3 R
        '1411', // 3 R
        '3112', // 9 R
        '1411', // 3 R
        '2221', // 1 R (the check digit)
        '111', // right guard
      ].join(''),
    );
    expect(modules(widths)).toBe(
      '10100011010100111010111101111010001001011001101010100001010000101000010111010010000101100110101',
    );
  });

  it('draws the Chinese 6901234567892 (first digit 6 → parity LGGGLL) in 95 modules', () => {
    const widths = widthsOf(ean13Bars('6901234567892'));
    expect(widths.join('')).toBe(
      [
        '111', // left guard
        '3112', // 9 L
        '1123', // 0 G
        '1222', // 1 G
        '2212', // 2 G
        '1411', // 3 L
        '1132', // 4 L
        '11111', // centre guard
        '1231', // 5 R
        '1114', // 6 R
        '1312', // 7 R
        '1213', // 8 R
        '3112', // 9 R
        '2122', // 2 R (the check digit)
        '111', // right guard
      ].join(''),
    );
    expect(widths).toHaveLength(59);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(95);
    expect(modules(widths)).toBe(
      '10100010110100111011001100110110111101010001101010100111010100001000100100100011101001101100101',
    );
  });

  it('draws a code starting with 0 (a UPC-A) all in odd parity', () => {
    const widths = widthsOf(ean13Bars('0036000291452'));
    // Left half of 036000: 0 3 6 0 0 0 with L codes only.
    expect(widths.slice(3, 27).join('')).toBe('321114111114321132113211');
  });

  it('refuses a bad check digit, naming the right one', () => {
    expect(ean13Bars('4006381333932')).toEqual({
      ok: false,
      error: { code: 'bad_check_digit', expected: 1 },
    });
  });

  it('refuses non-digits and other lengths', () => {
    expect(ean13Bars('40063813339a1')).toEqual({ ok: false, error: { code: 'not_digits' } });
    expect(ean13Bars('')).toEqual({ ok: false, error: { code: 'not_digits' } });
    expect(ean13Bars('73513537')).toEqual({ ok: false, error: { code: 'bad_length' } });
  });
});

describe('ean8Bars', () => {
  it('draws 73513537 in 67 modules, left half in odd parity', () => {
    const r = ean8Bars('73513537');
    const widths = r.ok ? r.value : [];
    // 7 3 5 1 as L, 3 5 3 7 as R; cross-checked against zint 2.11.
    expect(widths.join('')).toBe('111' + '1312141112312221' + '11111' + '1411123114111312' + '111');
    expect(modules(widths)).toBe('1010111011011110101100010011001010101000010100111010000101000100101');
  });

  it('refuses a bad check digit and a 13-digit code', () => {
    expect(ean8Bars('73513536')).toEqual({ ok: false, error: { code: 'bad_check_digit', expected: 7 } });
    expect(ean8Bars('4006381333931')).toEqual({ ok: false, error: { code: 'bad_length' } });
  });
});
