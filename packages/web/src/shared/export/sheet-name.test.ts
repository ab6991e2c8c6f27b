import { describe, expect, it } from 'vitest';
import { sheetName } from './sheet-name';

describe('sheetName', () => {
  it('keeps a Chinese title', () => {
    expect(sheetName('2025年3月销售报表')).toBe('2025年3月销售报表');
  });

  it('replaces the characters Excel refuses', () => {
    expect(sheetName('a[b]c:d*e?f/g\\h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('cuts at 31 characters without splitting a surrogate pair', () => {
    expect(sheetName('x'.repeat(40))).toBe('x'.repeat(31));
    expect(sheetName('销'.repeat(40))).toHaveLength(31);
    // 30 letters and an emoji (2 UTF-16 units) would be 32: the emoji goes whole.
    expect(sheetName(`${'x'.repeat(30)}🍎`)).toBe('x'.repeat(30));
  });

  it('drops apostrophes at either end and control characters', () => {
    expect(sheetName("'Sales'")).toBe('Sales');
    expect(sheetName('Sa\u0001les\n2025')).toBe('Sales 2025');
  });

  it('falls back to Sheet1 for an empty or reserved name', () => {
    expect(sheetName('')).toBe('Sheet1');
    expect(sheetName(' /// ')).toBe('---');
    expect(sheetName("''")).toBe('Sheet1');
    expect(sheetName('History')).toBe('Sheet1');
  });
});
