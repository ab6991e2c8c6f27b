import { HttpError } from '../http/http-error';

/** Counts failed attempts per key (a device, or all pairing codes) and refuses more for a while. */
export type AttemptThrottle = {
  /** @throws HttpError 429 `rate_limited` with `retryAfterSeconds` while `key` has too many recent failures. */
  check(key: string): void;
  /** Counts a failed attempt of `key`. */
  fail(key: string): void;
};

/** Options of {@link createAttemptThrottle}. */
export type AttemptThrottleOptions = {
  /** Failures within the window that stop further attempts. */
  readonly limit: number;
  readonly windowMs: number;
  readonly clock: () => number;
};

/** Bounds memory: past this many keys the throttle starts over. */
const MAX_KEYS = 10_000;

/**
 * A sliding-window throttle kept in memory: after `limit` failures of a key within `windowMs`,
 * attempts are refused (429) until the oldest of them is older than the window. QUIRK(throttle):
 * with several server processes each counts on its own, so the effective limit is per process.
 */
export function createAttemptThrottle({ limit, windowMs, clock }: AttemptThrottleOptions): AttemptThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number): number[] => {
    const kept = (failures.get(key) ?? []).filter((at) => at > now - windowMs);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    check(key) {
      const now = clock();
      const kept = recent(key, now);
      if (kept.length < limit) return;
      const oldest = kept[kept.length - limit] ?? now;
      throw new HttpError('rate_limited', {
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)),
      });
    },
    fail(key) {
      const now = clock();
      const kept = recent(key, now);
      if (!failures.has(key) && failures.size >= MAX_KEYS) failures.clear();
      failures.set(key, [...kept, now].slice(-limit));
    },
  };
}
