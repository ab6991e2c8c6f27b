import { HttpError } from '../http/http-error';

/** Counts failed attempts per key (a device, or all pairing codes) and refuses more for a while. */
export type AttemptThrottle = {
  /**
   * Takes an attempt of `key`, counted as failed until `succeeded` is called: attempts made at once
   * all count, so a burst of concurrent guesses cannot slip past the limit.
   * @throws HttpError 429 `rate_limited` with `retryAfterSeconds` while `key` has too many recent failures.
   */
  attempt(key: string): { succeeded(): void };
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
    attempt(key) {
      const now = clock();
      const kept = recent(key, now);
      if (kept.length >= limit) {
        const oldest = kept[kept.length - limit] ?? now;
        throw new HttpError('rate_limited', {
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)),
        });
      }
      if (!failures.has(key) && failures.size >= MAX_KEYS) failures.clear();
      failures.set(key, [...kept, now]);
      return {
        succeeded() {
          const left = failures.get(key) ?? [];
          const index = left.lastIndexOf(now);
          if (index >= 0) left.splice(index, 1);
        },
      };
    },
  };
}
