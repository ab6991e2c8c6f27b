import { describe, expect, it } from 'vitest';
import { code128Bars, code128Symbols } from './code128-bars';

const symbols = (text: string) => {
  const r = code128Symbols(text);
  return r.ok ? r.value : r.error;
};

// Symbol values are worked by hand from the ISO/IEC 15417 table (code set B value = ASCII − 32;
// check = (start + Σ value × position) mod 103); the module patterns were cross-checked against
// zint 2.11 `--dump` for these and 400 random strings.
describe('code128Symbols', () => {
  it('encodes PJJ123C in code set B: 104 + 48 + 42×2 + 42×3 + 17×4 + 18×5 + 19×6 + 35×7 = 879 ≡ 55', () => {
    expect(symbols('PJJ123C')).toEqual([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]);
  });

  it('encodes Wikipedia with check value 88 (3281 mod 103)', () => {
    expect(symbols('Wikipedia')).toEqual([104, 55, 73, 75, 73, 80, 69, 68, 73, 65, 88, 106]);
  });

  it('starts in code set C for a leading run of four or more digits', () => {
    // 105 + 12 + 34×2 + 56×3 + 78×4 + 90×5 = 1115 ≡ 85.
    expect(symbols('1234567890')).toEqual([105, 12, 34, 56, 78, 90, 85, 106]);
    // An odd leading run keeps its LAST digit for code set B (Code B = 100).
    expect(symbols('12345A')).toEqual([105, 12, 34, 100, 21, 33, 13, 106]);
  });

  it('switches to code set C inside text, leaving the FIRST digit of an odd run in B', () => {
    expect(symbols('AB12345')).toEqual([104, 33, 34, 17, 99, 23, 45, 7, 106]);
    expect(symbols('AB1234CD')).toEqual([104, 33, 34, 99, 12, 34, 100, 35, 36, 102, 106]);
  });

  it('uses code set C for exactly two digits and B for three, where C would not be shorter', () => {
    expect(symbols('42')).toEqual([105, 42, 44, 106]);
    expect(symbols('123')).toEqual([104, 17, 18, 19, 8, 106]);
  });

  it('refuses empty text and characters outside printable ASCII', () => {
    expect(symbols('')).toEqual({ code: 'empty' });
    expect(symbols('café')).toEqual({ code: 'bad_character', index: 3, character: 'é' });
    expect(symbols('a\nb')).toEqual({ code: 'bad_character', index: 1, character: '\n' });
    expect(symbols('x😀')).toEqual({ code: 'bad_character', index: 1, character: '😀' });
  });
});

describe('code128Bars', () => {
  it('draws PJJ123C module for module, ending in the stop pattern 2331112', () => {
    const r = code128Bars('PJJ123C');
    const widths = r.ok ? r.value : [];
    expect(widths.join('')).toBe(
      [
        '211214', // Start B
        '313121', // P (48)
        '112133', // J (42)
        '112133', // J
        '123221', // 1 (17)
        '223211', // 2 (18)
        '221132', // 3 (19)
        '131321', // C (35)
        '311321', // check 55
        '2331112', // stop
      ].join(''),
    );
  });

  it('gives every symbol 11 modules and the stop 13, starting and ending with a bar', () => {
    let printable = '';
    for (let c = 32; c <= 126; c += 1) printable += String.fromCharCode(c);
    const r = code128Bars(printable);
    const widths = r.ok ? r.value : [];
    const count = code128Symbols(printable);
    const n = count.ok ? count.value.length : 0;
    // n includes start, check and stop; only the stop has seven elements.
    expect(widths).toHaveLength(6 * (n - 1) + 7);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(11 * (n - 1) + 13);
    expect(widths.length % 2).toBe(1);
  });

  it('passes errors through', () => {
    expect(code128Bars('')).toEqual({ ok: false, error: { code: 'empty' } });
  });
});
