import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/http-error';
import { createAttemptThrottle } from './attempt-throttle';

describe('the attempt throttle', () => {
  it('refuses after `limit` failures in the window, saying when to come back, then lets one through', () => {
    let now = 0;
    const throttle = createAttemptThrottle({ limit: 3, windowMs: 60_000, clock: () => now });
    for (const at of [0, 10_000, 20_000]) {
      now = at;
      expect(() => throttle.attempt('pair')).not.toThrow();
    }
    now = 30_000;
    let refused: unknown;
    try {
      throttle.attempt('pair');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(HttpError);
    // The first failure (at 0) leaves the window at 60 s: 30 s from now.
    expect(refused).toMatchObject({ status: 429, code: 'rate_limited', details: { retryAfterSeconds: 30 } });
    // Other keys are not affected.
    expect(() => throttle.attempt('device-1')).not.toThrow();
    now = 60_001;
    throttle.attempt('pair');
    expect(() => throttle.attempt('pair')).toThrow(HttpError);
  });

  it('counts attempts made at once before any of them is answered, and forgets the ones that succeed', () => {
    const throttle = createAttemptThrottle({ limit: 3, windowMs: 60_000, clock: () => 0 });
    // A burst of guesses: each is counted as it starts, not when its (slow) check fails.
    const burst = [throttle.attempt('pair'), throttle.attempt('pair')];
    burst[0]?.succeeded();
    throttle.attempt('pair');
    throttle.attempt('pair');
    expect(() => throttle.attempt('pair')).toThrow(HttpError);
    burst[1]?.succeeded();
    expect(() => throttle.attempt('pair')).not.toThrow();
  });
});
