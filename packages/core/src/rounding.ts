/**
 * How a quotient that falls between two integers is rounded.
 * - `half-up`: to nearest, ties away from zero (commercial rounding: 0.5 → 1, −0.5 → −1).
 * - `half-even`: to nearest, ties to the even neighbour (banker's rounding: 0.5 → 0, 2.5 → 2).
 * - `down`: toward zero. `up`: away from zero.
 * - `floor`: toward −∞. `ceiling`: toward +∞.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up' | 'floor' | 'ceiling';

/** All rounding modes, e.g. for settings validation. */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'half-up',
  'half-even',
  'down',
  'up',
  'floor',
  'ceiling',
];

/**
 * Exact integer division `numerator / denominator` rounded with `mode`.
 * @throws RangeError when `denominator` is 0.
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  let n = numerator;
  let d = denominator;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d; // truncates toward zero
  const r = n % d; // same sign as n
  if (r === 0n) return q;
  const sign = n < 0n ? -1n : 1n;
  const away = q + sign;
  const twiceRemainder = (r < 0n ? -r : r) * 2n;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return away;
    case 'floor':
      return sign < 0n ? away : q;
    case 'ceiling':
      return sign > 0n ? away : q;
    case 'half-up':
      return twiceRemainder >= d ? away : q;
    case 'half-even':
      if (twiceRemainder > d) return away;
      if (twiceRemainder < d) return q;
      return q % 2n === 0n ? q : away;
  }
}

/**
 * {@link divideRounded} for callers holding `number`s: `n / d` rounded with `mode`, as a safe integer.
 * @throws RangeError when an argument is not a safe integer, `d` is 0, or the result is not a safe integer.
 */
export function roundDiv(n: number | bigint, d: number | bigint, mode: RoundingMode): number {
  const result = divideRounded(toBigInt(n, 'n'), toBigInt(d, 'd'), mode);
  return toSafeNumber(result);
}

/** Converts a safe-integer `number` (or a bigint) to bigint. @internal */
export function toBigInt(value: number | bigint, name: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer, got ${value}`);
  return BigInt(value);
}

/** Converts a bigint back to a `number`, refusing anything outside the safe-integer range. @internal */
export function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Result ${value} is not a safe integer`);
  }
  return Number(value);
}

/** Throws RangeError unless `value` is a safe integer (optionally ≥ `min`). @internal */
export function assertSafeInteger(value: number, name: string, min?: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer, got ${value}`);
  if (min !== undefined && value < min) throw new RangeError(`${name} must be ≥ ${min}, got ${value}`);
}
