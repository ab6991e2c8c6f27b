import { describe, expect, it } from 'vitest';
import { Money } from './money';

describe('Money', () => {
  it('adds, subtracts and negates in one currency', () => {
    const a = Money.of(1050, 'CNY');
    const b = Money.of(250, 'CNY');
    expect(Money.add(a, b)).toEqual({ amount: 1300, currency: 'CNY' });
    expect(Money.subtract(b, a)).toEqual({ amount: -800, currency: 'CNY' });
    expect(Money.negate(a)).toEqual({ amount: -1050, currency: 'CNY' });
    expect(Money.sum('CNY', [a, b, b])).toEqual({ amount: 1550, currency: 'CNY' });
    expect(Money.isZero(Money.zero('JPY'))).toBe(true);
    expect(Money.isNegative(Money.negate(a))).toBe(true);
    expect(Money.isPositive(a)).toBe(true);
    expect(Money.compare(a, b)).toBe(1);
    expect(Money.equals(a, Money.of(1050, 'CNY'))).toBe(true);
  });

  it('never produces negative zero', () => {
    expect(Object.is(Money.negate(Money.zero('CNY')).amount, 0)).toBe(true);
  });

  it('throws on mixed currencies and non-integer amounts', () => {
    expect(() => Money.add(Money.of(1, 'CNY'), Money.of(1, 'USD'))).toThrow(TypeError);
    expect(() => Money.of(1.5, 'CNY')).toThrow(RangeError);
    expect(() => Money.of(2 ** 53, 'CNY')).toThrow(RangeError);
    expect(() => Money.of(1, 'XXX')).toThrow(RangeError);
    expect(() => Money.add(Money.of(Number.MAX_SAFE_INTEGER, 'CNY'), Money.of(1, 'CNY'))).toThrow(RangeError);
  });

  it('allocates by largest remainder', () => {
    expect(Money.allocate(Money.of(100, 'CNY'), [1, 1, 1]).map((m) => m.amount)).toEqual([34, 33, 33]);
  });
});
