import { assertSafeInteger } from './rounding';

/**
 * A cashier's count of one kind of act (refunds, voids, no-sale drawer openings) on the day being
 * judged, and the two histories it is judged against.
 */
export type ActivityDay = {
  /** The cashier's count on the day judged (so far, for today). */
  readonly count: number;
  /** The cashier's counts on each earlier day they worked, in any order (days off are left out, not 0). */
  readonly own: readonly number[];
  /**
   * The store's per-cashier history: one count per cashier and earlier day worked, this cashier's
   * own days included.
   */
  readonly store: readonly number[];
};

/** How unusual a count must be to be reported. */
export type ActivityRule = {
  /** How many robust spreads above the usual count, against both histories (3.5 is customary). */
  readonly sensitivity: number;
  /** A smaller count is never unusual, whatever the history: one refund on a quiet day is not news. */
  readonly minCount: number;
  /** With fewer own days the cashier is not judged yet; default {@link MIN_OWN_DAYS}. */
  readonly minOwnDays?: number;
  /** With fewer cashier-days in the store's history nobody is judged yet; default {@link MIN_STORE_DAYS}. */
  readonly minStoreDays?: number;
};

/**
 * Where a count stands against one history: `usual` is its median, `spread` its robust spread, and
 * `score` = (count − usual) / spread, rounded to 0.01 (negative below the usual).
 */
export type ActivityBaseline = {
  readonly usual: number;
  readonly spread: number;
  readonly score: number;
};

/**
 * The verdict on a day: `unusual` when the count reaches `minCount` and scores at least
 * `sensitivity` against both histories; `usual` when it was judged and does not; `too_few` below
 * `minCount`; `short_history` when either history is too short to judge.
 */
export type ActivityVerdict =
  | {
      readonly verdict: 'unusual' | 'usual';
      readonly own: ActivityBaseline;
      readonly store: ActivityBaseline;
    }
  | { readonly verdict: 'too_few' | 'short_history' };

/** Days a cashier must have worked before their counts are judged. */
export const MIN_OWN_DAYS = 5;
/** Cashier-days the store's history must hold before anyone is judged. */
export const MIN_STORE_DAYS = 10;

// 1.4826 × MAD estimates the standard deviation of normal data. When more than half the days are
// exactly the median (a cashier who refunds nothing most days), MAD is 0 and 1.2533 × the mean
// absolute deviation stands in (the modified z-score of Iglewicz and Hoaglin, as in sales-insights).
const MAD_SCALE = 1.4826;
const MEAN_AD_SCALE = 1.2533;

/**
 * Judges whether a cashier's count of the day is unusually high (异常偏多) against their own history
 * and the store's, robustly: each history's median is the usual count and its spread is
 * max(1.4826 × MAD (1.2533 × mean absolute deviation when MAD is 0), √median, 1). The √median floor
 * treats counts as roughly Poisson, so a flat history (4, 4, 4, 4, 4) does not make 6 surprising,
 * and the floor of 1 keeps an all-zero history from making any count infinitely so. Only a high
 * count is reported: an unusually quiet day is no risk. Both histories must agree, so a cashier who
 * always refunds more than the rest (a returns desk) is not reported every day, and a store-wide
 * busy day (a recall) does not report everyone.
 * @throws RangeError on a count that is not a non-negative safe integer, a sensitivity that is not
 * a positive finite number, or a minimum that is not a non-negative safe integer.
 */
export function judgeActivity(day: ActivityDay, rule: ActivityRule): ActivityVerdict {
  assertSafeInteger(day.count, 'count', 0);
  for (const count of day.own) assertSafeInteger(count, 'own', 0);
  for (const count of day.store) assertSafeInteger(count, 'store', 0);
  if (!Number.isFinite(rule.sensitivity) || rule.sensitivity <= 0)
    throw new RangeError(`sensitivity must be a positive number, got ${rule.sensitivity}`);
  assertSafeInteger(rule.minCount, 'minCount', 0);
  const minOwnDays = rule.minOwnDays ?? MIN_OWN_DAYS;
  const minStoreDays = rule.minStoreDays ?? MIN_STORE_DAYS;
  assertSafeInteger(minOwnDays, 'minOwnDays', 0);
  assertSafeInteger(minStoreDays, 'minStoreDays', 0);

  if (day.count < rule.minCount) return { verdict: 'too_few' };
  if (day.own.length < Math.max(minOwnDays, 1) || day.store.length < Math.max(minStoreDays, 1))
    return { verdict: 'short_history' };
  const own = baseline(day.count, day.own);
  const store = baseline(day.count, day.store);
  const unusual = own.score >= rule.sensitivity && store.score >= rule.sensitivity;
  return { verdict: unusual ? 'unusual' : 'usual', own, store };
}

function baseline(count: number, history: readonly number[]): ActivityBaseline {
  const usual = median(history);
  const deviations = history.map((value) => Math.abs(value - usual));
  const mad = median(deviations);
  const spread = Math.max(
    mad > 0
      ? MAD_SCALE * mad
      : (MEAN_AD_SCALE * deviations.reduce((sum, d) => sum + d, 0)) / deviations.length,
    Math.sqrt(usual),
    1,
  );
  // The verdict compares the rounded score: the one an owner reads in the alert.
  const score = Math.round(((count - usual) / spread) * 100) / 100;
  return { usual, spread: Math.round(spread * 100) / 100, score };
}

/** The median of a non-empty list: the mean of the two middle values for an even length. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}
