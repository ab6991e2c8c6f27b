import { err, ok, type Result } from './result';

/**
 * The notes and coins a drawer holds, in minor units, largest first. A currency missing here is
 * counted as one total (a single line with denomination 1).
 */
// biome-ignore format: one currency per line reads better
export const CASH_DENOMINATIONS: Readonly<Record<string, readonly number[]>> = Object.freeze({
  CNY: [10000, 5000, 2000, 1000, 500, 100, 50, 10],
  HKD: [100000, 50000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10],
  TWD: [200000, 100000, 50000, 20000, 10000, 5000, 1000, 500, 100],
  USD: [10000, 5000, 2000, 1000, 500, 200, 100, 25, 10, 5, 1],
  EUR: [50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1],
  GBP: [5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1],
  JPY: [10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1],
});

/** The denominations of `currency`, largest first; `[1]` (count the total) when unknown. */
export function denominationsOf(currency: string): readonly number[] {
  return Object.hasOwn(CASH_DENOMINATIONS, currency) ? (CASH_DENOMINATIONS[currency] as number[]) : [1];
}

/** How many of one note or coin were counted. */
export type CashCountLine = { readonly denomination: number; readonly count: number };

export type CashCountError =
  | { readonly code: 'unknown_denomination'; readonly denomination: number }
  | { readonly code: 'duplicate_denomination'; readonly denomination: number }
  | { readonly code: 'invalid_count'; readonly denomination: number }
  | { readonly code: 'total_too_large' };

/**
 * The total of a drawer count (blind count at shift close, float at shift open): Σ denomination ×
 * count, exactly. Each denomination must be one of the currency's (see {@link denominationsOf}) and
 * appear at most once; counts are non-negative integers.
 */
export function countCash(currency: string, lines: readonly CashCountLine[]): Result<number, CashCountError> {
  const allowed = new Set(denominationsOf(currency));
  const seen = new Set<number>();
  let total = 0;
  for (const { denomination, count } of lines) {
    if (!allowed.has(denomination)) return err({ code: 'unknown_denomination', denomination });
    if (seen.has(denomination)) return err({ code: 'duplicate_denomination', denomination });
    seen.add(denomination);
    if (!Number.isSafeInteger(count) || count < 0) return err({ code: 'invalid_count', denomination });
    total += denomination * count;
    if (!Number.isSafeInteger(total)) return err({ code: 'total_too_large' });
  }
  return ok(total);
}

/**
 * `amount` as notes and coins of `currency`, largest first (greedy, which is exact for these
 * currencies' series); null when the smallest coin cannot make it up. Used to pre-fill a count.
 */
export function breakDown(currency: string, amount: number): CashCountLine[] | null {
  if (!Number.isSafeInteger(amount) || amount < 0) return null;
  const lines: CashCountLine[] = [];
  let rest = amount;
  for (const denomination of denominationsOf(currency)) {
    const count = Math.floor(rest / denomination);
    if (count > 0) lines.push({ denomination, count });
    rest -= count * denomination;
  }
  return rest === 0 ? lines : null;
}
