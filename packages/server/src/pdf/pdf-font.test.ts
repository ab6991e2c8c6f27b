import { describe, expect, it } from 'vitest';
import { fitText, pdfTextHex, textWidth } from './pdf-font';

describe('textWidth', () => {
  it('gives ASCII half an em and everything else a full em', () => {
    expect(textWidth('PO-1 采购单', 10)).toBe(55);
    expect(textWidth('', 10)).toBe(0);
    // '…', '¥' and 'é' map to full-width Adobe-GB1 glyphs; U+00A0 shares CID 1 with the space.
    expect(textWidth('…¥é', 12)).toBe(36);
    expect(textWidth('\u00a0', 12)).toBe(6);
  });

  it('counts a surrogate pair as one character', () => {
    expect(textWidth('𠀀', 10)).toBe(10);
  });
});

describe('fitText', () => {
  it('keeps text that fits', () => {
    expect(fitText('可乐 330ml', 10, 55)).toBe('可乐 330ml');
  });

  it('cuts with an ellipsis so the result fits', () => {
    // 30 pt: the ellipsis takes 10, leaving '可乐' (20); the trailing space is dropped.
    const cut = fitText('可乐 330ml', 10, 34);
    expect(cut).toBe('可乐…');
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(34);
    expect(fitText('abcdefgh', 10, 30)).toBe('abcd…');
  });

  it('never splits a surrogate pair and gives up when even the ellipsis is too wide', () => {
    expect(fitText('𠀀𠀀𠀀', 10, 25)).toBe('𠀀…');
    expect(fitText('abc', 10, 9)).toBe('');
  });
});

describe('pdfTextHex', () => {
  it('writes UTF-16BE code units without a byte-order mark', () => {
    expect(pdfTextHex('采A')).toBe('<91C70041>');
    expect(pdfTextHex('𠀀')).toBe('<D840DC00>');
  });

  it('replaces a lone surrogate, which would desynchronise the CMap', () => {
    expect(pdfTextHex('a\ud800b')).toBe('<0061FFFD0062>');
  });
});
