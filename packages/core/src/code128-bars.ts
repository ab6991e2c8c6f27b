import { err, ok, type Result } from './result';

// Module widths (bar, space, bar, space, bar, space) of symbol values 0–105, ten per line, from
// the ISO/IEC 15417 symbol table; each adds up to 11 modules. 103–105 are Start A, B and C.
const PATTERNS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 ' + // 0–9
  '221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 ' + // 10–19
  '221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 ' + // 20–29
  '212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 ' + // 30–39
  '231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 ' + // 40–49
  '231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 ' + // 50–59
  '314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 ' + // 60–69
  '112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 ' + // 70–79
  '111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 ' + // 80–89
  '214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 ' + // 90–99
  '114131 311141 411131 211412 211214 211232'
) // 100–105
  .split(' ');
// The stop symbol has a seventh element, the final bar: 13 modules.
const STOP_PATTERN = '2331112';

const CODE_B = 100;
const CODE_C = 99;
const START_B = 104;
const START_C = 105;
const STOP = 106;

/** Why text cannot be drawn as Code 128: nothing to encode, or a character outside ASCII 32–126. */
export type Code128Error =
  | { readonly code: 'empty' }
  | { readonly code: 'bad_character'; readonly index: number; readonly character: string };

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function digitRun(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigit(text, end)) end += 1;
  return end - from;
}

/**
 * The Code 128 symbol values for `text`: start, data, modulo-103 check, stop (106). Printable
 * ASCII is encoded in code set B; a run of four or more digits switches to code set C, two digits
 * per symbol (ISO/IEC 15417 Annex E: an odd run leaves its first digit in B, or its last one when
 * the text starts with it). code128Symbols('PJJ123C') → ok([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]).
 */
export function code128Symbols(text: string): Result<readonly number[], Code128Error> {
  if (text.length === 0) return err({ code: 'empty' });
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) {
      return err({
        code: 'bad_character',
        index: i,
        character: String.fromCodePoint(text.codePointAt(i) ?? c),
      });
    }
  }
  const firstRun = digitRun(text, 0);
  let set: 'B' | 'C' = firstRun >= 4 || (firstRun === 2 && text.length === 2) ? 'C' : 'B';
  const values = [set === 'C' ? START_C : START_B];
  let i = 0;
  while (i < text.length) {
    const run = digitRun(text, i);
    if (set === 'C') {
      if (run >= 2) {
        values.push(Number(text.slice(i, i + 2)));
        i += 2;
      } else {
        values.push(CODE_B);
        set = 'B';
      }
    } else if (run >= 4) {
      if (run % 2 === 1) {
        values.push(text.charCodeAt(i) - 32);
        i += 1;
      }
      values.push(CODE_C);
      set = 'C';
    } else {
      values.push(text.charCodeAt(i) - 32);
      i += 1;
    }
  }
  // The start symbol weighs 1, like the first data symbol: Σ value × max(position, 1).
  const sum = values.reduce((acc, value, position) => acc + value * Math.max(position, 1), 0);
  return ok([...values, sum % 103, STOP]);
}

/**
 * The bars and spaces of a Code 128 symbol for `text` as module widths, alternating bar, space,
 * bar, … from the start symbol's first bar to the stop pattern 2331112: 11 modules per symbol
 * plus 13 for the stop. Quiet zones (10 modules each side) and the human-readable text are the
 * caller's. Refuses empty text and characters outside printable ASCII (32–126).
 */
export function code128Bars(text: string): Result<readonly number[], Code128Error> {
  const symbols = code128Symbols(text);
  if (!symbols.ok) return symbols;
  const widths: number[] = [];
  for (const value of symbols.value) {
    const pattern = value === STOP ? STOP_PATTERN : PATTERNS[value];
    if (pattern === undefined) throw new Error(`no Code 128 pattern for symbol ${value}`);
    for (const w of pattern) widths.push(Number(w));
  }
  return ok(widths);
}
