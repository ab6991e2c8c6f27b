import { allocate } from './allocate';
import { isCurrencyCode } from './currency';
import { assertSafeInteger } from './rounding';

/**
 * An amount of money: an integer count of minor units (fen for CNY, yen for JPY, fils for KWD)
 * with its ISO 4217 currency. Never a float, never a decimal string.
 */
export type Money = { readonly amount: number; readonly currency: string };

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new TypeError(`Currency mismatch: ${a.currency} vs ${b.currency}`);
}

function of(amount: number, currency: string): Money {
  assertSafeInteger(amount, 'amount');
  if (!isCurrencyCode(currency)) throw new RangeError(`Unknown currency code: ${JSON.stringify(currency)}`);
  // -0 would print as "-0.00" in some formatters.
  return Object.freeze({ amount: amount === 0 ? 0 : amount, currency });
}

/**
 * Companion functions for {@link Money}. All are pure; mixing currencies throws TypeError and a result
 * outside the safe-integer range throws RangeError.
 */
export const Money = {
  /** Creates a Money from an integer amount of minor units. @throws RangeError on a non-integer or unknown currency. */
  of,
  /** Zero in `currency`. */
  zero: (currency: string): Money => of(0, currency),
  /** `a + b`. */
  add(a: Money, b: Money): Money {
    assertSameCurrency(a, b);
    return of(a.amount + b.amount, a.currency);
  },
  /** `a − b`. */
  subtract(a: Money, b: Money): Money {
    assertSameCurrency(a, b);
    return of(a.amount - b.amount, a.currency);
  },
  /** `−a`. */
  negate: (a: Money): Money => of(-a.amount, a.currency),
  /** Sum of `items`, all in `currency` (zero for an empty list). */
  sum(currency: string, items: readonly Money[]): Money {
    return items.reduce((acc, m) => Money.add(acc, m), of(0, currency));
  },
  isZero: (a: Money): boolean => a.amount === 0,
  isNegative: (a: Money): boolean => a.amount < 0,
  isPositive: (a: Money): boolean => a.amount > 0,
  /** Same amount and currency. */
  equals: (a: Money, b: Money): boolean => a.amount === b.amount && a.currency === b.currency,
  /** −1, 0 or 1, for sorting. @throws TypeError on mixed currencies. */
  compare(a: Money, b: Money): -1 | 0 | 1 {
    assertSameCurrency(a, b);
    return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
  },
  /** Splits `a` over `weights` by largest remainder (see {@link allocate}); the parts sum to `a`. */
  allocate(a: Money, weights: readonly number[]): Money[] {
    return allocate(a.amount, weights).map((amount) => of(amount, a.currency));
  },
} as const;
