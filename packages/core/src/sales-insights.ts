import { assertSafeInteger, divideRounded, roundDiv } from './rounding';

/** One product's sales on the day looked at: `amount` net in minor units, `quantity` in thousandths. */
export type ProductDay = { readonly key: string; readonly amount: number; readonly quantity: number };

/**
 * One product's net sales on the same weekday of each of the previous weeks (usually 4…8), in
 * minor units, 0 for a week without sales.
 */
export type ProductHistory = { readonly key: string; readonly amounts: readonly number[] };

/** Why a day stands out; the UI turns the code into a sentence. */
export type StandoutReason =
  | 'far_above_usual'
  | 'far_below_usual'
  | 'above_usual'
  | 'below_usual'
  | 'stopped_selling';

/** All standout reasons, e.g. for a translation table. */
export const STANDOUT_REASONS: readonly StandoutReason[] = [
  'far_above_usual',
  'far_below_usual',
  'above_usual',
  'below_usual',
  'stopped_selling',
];

/**
 * A product (or the whole day, key `'total'`) that sold unusually much or little. `usual` is the
 * median of its history, `change` = amount − usual, `ratioBasisPoints` = amount / usual in basis
 * points (20000 = twice as much; null when usual ≤ 0), `score` how unusual, in robust spreads
 * (rounded to 0.01; ≥ 2 to be reported, ≥ 4 for the `far_*` reasons).
 */
export type Standout = {
  readonly key: string;
  readonly amount: number;
  readonly usual: number;
  readonly change: number;
  readonly ratioBasisPoints: number | null;
  readonly reason: StandoutReason;
  readonly score: number;
};

/** A product that sold on the day and in none of the history's weeks. */
export type NewSeller = { readonly key: string; readonly amount: number };

export type DailyInsightsInput = {
  readonly day: readonly ProductDay[];
  readonly history: readonly ProductHistory[];
  /** The store's net sales of the day and of the same weekday of the previous weeks. */
  readonly total: { readonly amount: number; readonly history: readonly number[] };
  /** Changes smaller than this (minor units) are never reported; default 0. */
  readonly minAmount?: number;
  /** The most risers, fallers and new sellers listed; default 5. */
  readonly limit?: number;
};

/** The smart insights (智能分析) of one day: what sold more or less than usual. */
export type DailyInsights = {
  /** The whole day when it stands out, else null (an ordinary day, or no history). */
  readonly total: Standout | null;
  /** Biggest rise first. */
  readonly risers: Standout[];
  /** Biggest fall first. */
  readonly fallers: Standout[];
  /** Largest amount first. */
  readonly newSellers: NewSeller[];
};

const REPORT_SCORE = 2;
const FAR_SCORE = 4;
// 1.4826 × MAD estimates the standard deviation of normal data; when more than half the weeks are
// exactly the median, MAD is 0 and 1.2533 × the mean absolute deviation stands in (the modified
// z-score of Iglewicz and Hoaglin), so a product sold one week in five is not infinitely surprising.
const MAD_SCALE = 1.4826;
const MEAN_AD_SCALE = 1.2533;
// A flat history (500, 500, 500, 500) has no spread at all; without a floor 510 would be "far above".
const SPREAD_FLOOR_SHARE = 0.1;

/**
 * Compares each product's sales of a day with the same weekday of previous weeks and lists the
 * ones that stand out: risers (sorted by change, largest first), fallers (most negative first,
 * including products that stopped selling), and new sellers (sold, with no sale in the history),
 * each capped at `limit`, ties by key. A product in the history but not in `day` sold 0.
 *
 * A change counts when |change| ≥ `minAmount` and it is at least 2 robust spreads from the median,
 * the spread being max(1.4826 × MAD (1.2533 × mean absolute deviation when MAD is 0), 10% of
 * |usual|, minAmount, 1 minor unit). `total` is judged the same way.
 * @throws RangeError on an amount that is not a safe integer, a duplicate key, or a negative option.
 */
export function findDailyInsights(input: DailyInsightsInput): DailyInsights {
  const minAmount = input.minAmount ?? 0;
  const limit = input.limit ?? 5;
  assertSafeInteger(minAmount, 'minAmount', 0);
  assertSafeInteger(limit, 'limit', 0);
  const today = indexByKey(input.day, 'day', (p) => [p.amount]);
  const past = indexByKey(input.history, 'history', (p) => p.amounts);

  const risers: Standout[] = [];
  const fallers: Standout[] = [];
  const newSellers: NewSeller[] = [];
  for (const key of new Set([...today.keys(), ...past.keys()])) {
    const amount = today.get(key)?.amount ?? 0;
    const amounts = past.get(key)?.amounts ?? [];
    if (amounts.every((a) => a === 0)) {
      if (amount > 0) newSellers.push({ key, amount });
      continue;
    }
    const standout = judge(key, amount, amounts, minAmount);
    if (standout) (standout.change > 0 ? risers : fallers).push(standout);
  }

  assertSafeInteger(input.total.amount, 'total.amount');
  for (const a of input.total.history) assertSafeInteger(a, 'total.history');
  const total = input.total.history.some((a) => a !== 0)
    ? judge('total', input.total.amount, input.total.history, minAmount)
    : null;

  risers.sort((a, b) => b.change - a.change || byKey(a, b));
  fallers.sort((a, b) => a.change - b.change || byKey(a, b));
  newSellers.sort((a, b) => b.amount - a.amount || byKey(a, b));
  return {
    total,
    risers: risers.slice(0, limit),
    fallers: fallers.slice(0, limit),
    newSellers: newSellers.slice(0, limit),
  };
}

function judge(key: string, amount: number, amounts: readonly number[], minAmount: number): Standout | null {
  const usual = roundedMedian(amounts);
  const change = amount - usual;
  if (Math.abs(change) < minAmount) return null;
  const deviations = amounts.map((a) => Math.abs(a - usual));
  const mad = median(deviations);
  const spread = Math.max(
    mad > 0 ? MAD_SCALE * mad : (MEAN_AD_SCALE * deviations.reduce((s, d) => s + d, 0)) / deviations.length,
    SPREAD_FLOOR_SHARE * Math.abs(usual),
    minAmount,
    1,
  );
  const z = Math.abs(change) / spread;
  if (z < REPORT_SCORE) return null;
  const reason = reasonOf(amount, usual, z);
  const ratioBasisPoints =
    usual > 0 ? Number(divideRounded(BigInt(amount) * 10_000n, BigInt(usual), 'half-up')) : null;
  return { key, amount, usual, change, ratioBasisPoints, reason, score: Math.round(z * 100) / 100 };
}

function reasonOf(amount: number, usual: number, z: number): StandoutReason {
  if (amount === 0 && usual > 0) return 'stopped_selling';
  if (amount > usual) return z >= FAR_SCORE ? 'far_above_usual' : 'above_usual';
  return z >= FAR_SCORE ? 'far_below_usual' : 'below_usual';
}

function indexByKey<T extends { readonly key: string }>(
  items: readonly T[],
  name: string,
  amountsOf: (item: T) => readonly number[],
): Map<string, T> {
  const byKeyMap = new Map<string, T>();
  for (const item of items) {
    if (byKeyMap.has(item.key)) throw new RangeError(`${name} lists ${item.key} twice`);
    for (const a of amountsOf(item)) assertSafeInteger(a, `${name} amount of ${item.key}`);
    byKeyMap.set(item.key, item);
  }
  return byKeyMap;
}

/** The median of a non-empty list, as an integer: the mean of the two middle ones rounded half up. */
export function roundedMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : roundDiv((sorted[mid - 1] ?? 0) + upper, 2, 'half-up');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

function byKey(a: { readonly key: string }, b: { readonly key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
