import { HttpError } from '../../http/http-error';

/** How many pushes one server process applies at once; more wait at the register (429). */
export const MAX_CONCURRENT_PUSHES = 8;

/**
 * Admits at most `limit` pushes at a time. When every register reconnects at once after an outage,
 * the rest are turned away with 429 `rate_limited` and a Retry-After of 1–`maxRetryAfterS` seconds
 * (spread at random, so they do not all come back in the same second) rather than queueing on the
 * database and timing out.
 */
export function createPushGate(
  limit = MAX_CONCURRENT_PUSHES,
  maxRetryAfterS = 5,
  random: () => number = Math.random,
) {
  let active = 0;
  return async <T>(push: () => Promise<T>): Promise<T> => {
    if (active >= limit) {
      throw new HttpError('rate_limited', { retryAfterSeconds: 1 + Math.floor(random() * maxRetryAfterS) });
    }
    active += 1;
    try {
      return await push();
    } finally {
      active -= 1;
    }
  };
}
