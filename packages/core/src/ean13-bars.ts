import { type GtinError, gtinCheckDigit } from './gtin';
import { err, ok, type Result } from './result';

// Module widths of each digit's L (odd parity) code, space first: 0 is space 3, bar 2, space 1,
// bar 1. The R code has the same widths bar first; the G (even parity) code is L read backwards.
const L_CODES: readonly (readonly number[])[] = [
  [3, 2, 1, 1],
  [2, 2, 2, 1],
  [2, 1, 2, 2],
  [1, 4, 1, 1],
  [1, 1, 3, 2],
  [1, 2, 3, 1],
  [1, 1, 1, 4],
  [1, 3, 1, 2],
  [1, 2, 1, 3],
  [3, 1, 1, 2],
];

// EAN-13 stores its first digit in the parity of the next six: 'G' marks an even-parity digit.
// Digit 0 is all odd, which is why a UPC-A code is the EAN-13 code with a leading 0.
const FIRST_DIGIT_PARITY = [
  'LLLLLL',
  'LLGLGG',
  'LLGGLG',
  'LLGGGL',
  'LGLLGG',
  'LGGLLG',
  'LGGGLL',
  'LGLGLG',
  'LGLGGL',
  'LGGLGL',
] as const;

const EDGE_GUARD = [1, 1, 1];
const CENTRE_GUARD = [1, 1, 1, 1, 1];

function digitWidths(digit: string, parity: 'L' | 'G' | 'R'): readonly number[] {
  const widths = L_CODES[Number(digit)];
  if (!widths) throw new RangeError(`not a digit: ${digit}`);
  return parity === 'G' ? [...widths].reverse() : widths;
}

function checkedDigits(code: string, length: number): GtinError | null {
  if (!/^\d+$/.test(code)) return { code: 'not_digits' };
  if (code.length !== length) return { code: 'bad_length' };
  const expected = gtinCheckDigit(code.slice(0, -1));
  return Number(code.charAt(length - 1)) === expected ? null : { code: 'bad_check_digit', expected };
}

function bars(left: string, parities: string, right: string): readonly number[] {
  const widths = [...EDGE_GUARD];
  [...left].forEach((digit, i) => {
    widths.push(...digitWidths(digit, parities.charAt(i) === 'G' ? 'G' : 'L'));
  });
  widths.push(...CENTRE_GUARD);
  for (const digit of right) widths.push(...digitWidths(digit, 'R'));
  widths.push(...EDGE_GUARD);
  return widths;
}

/**
 * The bars and spaces of an EAN-13 symbol as module widths, alternating bar, space, bar, … and
 * starting with the left guard's bar: 59 widths adding up to 95 modules. The quiet zones (11
 * modules left, 7 right) and the human-readable digits are the caller's. A UPC-A code is drawn
 * as the EAN-13 code with a leading 0.
 * ean13Bars('4006381333931') → ok([1, 1, 1, 3, 2, 1, 1, …]).
 */
export function ean13Bars(code: string): Result<readonly number[], GtinError> {
  const problem = checkedDigits(code, 13);
  if (problem) return err(problem);
  const parities = FIRST_DIGIT_PARITY[Number(code.charAt(0))] ?? '';
  return ok(bars(code.slice(1, 7), parities, code.slice(7)));
}

/**
 * The bars and spaces of an EAN-8 symbol as module widths, like `ean13Bars`: 43 widths adding up
 * to 67 modules, all four left digits in odd parity. Quiet zones (7 modules each side) are the caller's.
 */
export function ean8Bars(code: string): Result<readonly number[], GtinError> {
  const problem = checkedDigits(code, 8);
  if (problem) return err(problem);
  return ok(bars(code.slice(0, 4), 'LLLL', code.slice(4)));
}
