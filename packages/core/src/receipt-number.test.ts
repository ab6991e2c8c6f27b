import { describe, expect, it } from 'vitest';
import { receiptNumber } from './receipt-number';

describe('receiptNumber', () => {
  it('joins store, register and a sequence of six digits at least', () => {
    expect(receiptNumber('S01', '01', false, 123)).toBe('S01-01-000123');
    expect(receiptNumber('S01', '02', true, 4)).toBe('S01-02-T000004');
    expect(receiptNumber('S01', '01', false, 1_234_567)).toBe('S01-01-1234567');
  });
});
