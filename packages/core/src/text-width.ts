// East Asian Wide (W) and Fullwidth (F) ranges from Unicode UAX #11, coarsened to blocks; enough for
// CJK product names, full-width punctuation and common emoji on a receipt printer.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6], // full-width signs (￥ ￡)
  [0x1f300, 0x1f64f], // emoji
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x3fffd], // CJK extensions B–H
];

/** Display columns of one code point: 2 for East-Asian wide/full-width, 0 for combining marks, else 1. */
export function charWidth(codePoint: number): number {
  if ((codePoint >= 0x0300 && codePoint <= 0x036f) || codePoint === 0x200b || codePoint === 0xfe0f) return 0;
  for (const [from, to] of WIDE_RANGES) if (codePoint >= from && codePoint <= to) return 2;
  return 1;
}

/** Display width in fixed-width columns, as a receipt printer or terminal shows it: textWidth('可乐 1L') = 7. */
export function textWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}
