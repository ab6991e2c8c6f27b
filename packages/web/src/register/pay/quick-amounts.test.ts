import { describe, expect, it } from 'vitest';
import { quickCashAmounts } from './quick-amounts';

const none = { increment: 0, mode: 'half-up' } as const;

describe('quickCashAmounts', () => {
  it('offers the exact amount, then the next notes above it', () => {
    expect(quickCashAmounts(3750, 'CNY', none)).toEqual([3750, 4000, 5000, 10000]);
    expect(quickCashAmounts(350, 'CNY', none)).toEqual([350, 500, 1000, 2000, 10000]);
  });

  it('keeps the three smallest and the next ¥100 multiple when there are more', () => {
    expect(quickCashAmounts(12345, 'CNY', none)).toEqual([12345, 12500, 13000, 14000, 20000]);
  });

  it('does not repeat the exact amount when it is already a round note', () => {
    expect(quickCashAmounts(5000, 'CNY', none)).toEqual([5000, 6000, 10000]);
    expect(quickCashAmounts(10000, 'CNY', none)).toEqual([10000]);
  });

  it('applies 抹零 to the exact amount', () => {
    expect(quickCashAmounts(1234, 'CNY', { increment: 10, mode: 'down' })[0]).toBe(1230);
    expect(quickCashAmounts(1234, 'CNY', { increment: 100, mode: 'down' })).toEqual([
      1200, 1500, 2000, 5000, 10000,
    ]);
  });

  it('uses the currency exponent, not a hard-coded 100', () => {
    // JPY has no minor unit: ¥3750 is 3750, and a ¥20 step is 20.
    expect(quickCashAmounts(3750, 'JPY', none)).toEqual([3750, 3760, 3800]);
  });

  it('offers nothing when nothing is due', () => {
    expect(quickCashAmounts(0, 'CNY', none)).toEqual([]);
  });
});
