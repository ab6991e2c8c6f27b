/**
 * How much `now` grew on `before`, in basis points (1250 = +12.5%), rounded half away from zero;
 * null when `before` is not positive (no sales last week: a percentage would mean nothing).
 */
export function changeBasisPoints(now: number, before: number): number | null {
  if (before <= 0) return null;
  const exact = ((now - before) * 10_000) / before;
  return Math.sign(exact) * Math.round(Math.abs(exact));
}

/** Which way a change went, for its arrow and colour. */
export function direction(change: number | null): 'up' | 'down' | 'flat' {
  if (change === null || change === 0) return 'flat';
  return change > 0 ? 'up' : 'down';
}
