import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width';
import { wrapText } from './text-wrap';

describe('textWidth', () => {
  it.each([
    ['abc', 3],
    ['可乐', 4],
    ['可乐 1L', 7],
    ['￥12', 4], // full-width yen is wide
    ['¥12', 3], // the Latin-1 yen is narrow
    ['ｱ', 1], // half-width katakana
    ['１２', 4],
    ['e\u0301', 1], // e + combining acute
    ['𠮷', 2], // CJK extension B, a surrogate pair
    ['', 0],
  ])('%j → %i', (s, width) => {
    expect(textWidth(s)).toBe(width);
  });
});

describe('wrapText', () => {
  it('breaks between CJK characters and at spaces', () => {
    expect(wrapText('农夫山泉饮用天然水 550ml 整箱装', 12)).toEqual([
      '农夫山泉饮用',
      '天然水 550ml',
      '整箱装',
    ]);
  });
  it('hard-breaks long words and keeps indentation', () => {
    expect(wrapText('  abcdefghij', 4)).toEqual(['  ab', 'cdef', 'ghij']);
  });
  it('never exceeds the width', () => {
    const text = 'Organic 有机 Fuji apples 红富士苹果 from 烟台 Yantai, Shandong 山东省';
    for (const width of [5, 8, 13, 32]) {
      for (const line of wrapText(text, width)) expect(textWidth(line)).toBeLessThanOrEqual(width);
    }
  });
});
