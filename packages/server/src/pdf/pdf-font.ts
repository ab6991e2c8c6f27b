/**
 * The one font every Kassa PDF uses: Adobe's standard Chinese font STSong-Light, NOT embedded.
 * Every PDF viewer knows the Adobe CJK fonts by name and substitutes a system CJK font (pdfium,
 * poppler, Acrobat, macOS Preview), so files stay a few kilobytes and need no font on the server.
 * Text is written in the UniGB-UTF16-H encoding: plain UTF-16BE code units, which is what a
 * JavaScript string already holds.
 */

const FONT_NAME = 'STSong-Light';

/**
 * Widths in thousandths of an em for the CIDFont's /W array. UniGB-UTF16-H maps U+0020–U+007E to
 * Adobe-GB1 CIDs 1–95 (proportional Latin), U+00A0 to CID 1 and, through its notdef range,
 * U+0000–U+001F to CID 1 too; everything else lands on a full-width CID. Giving CIDs 1–95 one
 * half-width advance makes the viewer's widths exactly those `textWidth` predicts, whatever
 * substitute font it picks. (The GB1 half-width CIDs 814–907 are unreachable from this CMap.)
 */
const HALF_WIDTH_CIDS = { first: 1, last: 95, width: 500 } as const;
const FULL_WIDTH = 1000;

/**
 * The three font objects, given the object numbers of the last two: the Type0 font (the /F1 resource),
 * its CIDFont and the CIDFont's descriptor. The descriptor carries the STSong-Light metrics PDF
 * libraries have long written (iText's); viewers use them only to pick and scale the substitute.
 */
export function fontObjects(refs: { readonly cidFont: number; readonly descriptor: number }): {
  readonly type0: string;
  readonly cidFont: string;
  readonly descriptor: string;
} {
  const { first, last, width } = HALF_WIDTH_CIDS;
  return {
    type0: `<< /Type /Font /Subtype /Type0 /BaseFont /${FONT_NAME} /Encoding /UniGB-UTF16-H /DescendantFonts [${refs.cidFont} 0 R] >>`,
    cidFont:
      `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${FONT_NAME}` +
      ' /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>' +
      ` /FontDescriptor ${refs.descriptor} 0 R /DW ${FULL_WIDTH} /W [${first} ${last} ${width}] >>`,
    descriptor:
      `<< /Type /FontDescriptor /FontName /${FONT_NAME} /Flags 6 /FontBBox [-25 -254 1000 880]` +
      ' /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  };
}

function isHalfWidth(codePoint: number): boolean {
  return codePoint <= 0x7e || codePoint === 0xa0;
}

function emWidth(codePoint: number): number {
  return (isHalfWidth(codePoint) ? HALF_WIDTH_CIDS.width : FULL_WIDTH) / 1000;
}

/**
 * Width of `text` at `size` points as PDF viewers lay it out with this font: ASCII and no-break
 * space take half an em, every other character (CJK, '…', '¥', 'é') a full em.
 * textWidth('PO-1 采购单', 10) = 5 × 5 + 3 × 10 = 55.
 */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += emWidth(ch.codePointAt(0) ?? 0);
  return ems * size;
}

const ELLIPSIS = '…';

/**
 * `text` unchanged when it fits in `maxWidth` points at `size`, else cut at a character boundary
 * (never inside a surrogate pair) with '…' appended so the result fits; '' when not even '…' fits.
 */
export function fitText(text: string, size: number, maxWidth: number): string {
  if (textWidth(text, size) <= maxWidth) return text;
  const budget = maxWidth - textWidth(ELLIPSIS, size);
  if (budget < 0) return '';
  let used = 0;
  let kept = '';
  for (const ch of text) {
    const w = emWidth(ch.codePointAt(0) ?? 0) * size;
    if (used + w > budget) break;
    used += w;
    kept += ch;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/**
 * `text` as a PDF hex string in UTF-16BE without a byte-order mark, the form UniGB-UTF16-H reads:
 * '采' → '<91C7>', '𠀀' (U+20000) → '<D840DC00>'. A lone surrogate becomes U+FFFD, since it would
 * fall outside the CMap's code space and desynchronise the rest of the string.
 */
export function pdfTextHex(text: string): string {
  return `<${utf16BeHex(text)}>`;
}

/** The UTF-16BE code units of `text` as upper-case hex digits, lone surrogates replaced by U+FFFD. */
export function utf16BeHex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    const wellFormed = cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : ch;
    for (let i = 0; i < wellFormed.length; i += 1) {
      hex += wellFormed.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
    }
  }
  return hex;
}
