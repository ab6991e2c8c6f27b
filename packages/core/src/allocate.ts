import { assertSafeInteger } from './rounding';

/**
 * Splits an integer `total` into parts proportional to non-negative integer `weights`, using the
 * largest-remainder method, so the parts always sum to exactly `total`.
 *
 * - Each part is the exact share rounded down; the units left over go one each to the parts with
 *   the largest remainders, ties to the lowest index.
 * - A negative total is allocated as `-allocate(-total, weights)`.
 * - When every weight is 0 the total is split as equally as possible (lowest indexes get the extra).
 * - When some weight is non-zero, zero-weight parts are always 0.
 *
 * @example allocate(100, [1, 1, 1]) // [34, 33, 33]
 * @throws RangeError for an empty weight list with a non-zero total, negative or non-integer weights.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertSafeInteger(total, 'total');
  for (const w of weights) assertSafeInteger(w, 'weight', 0);
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError('Cannot allocate a non-zero total over no parts');
  }
  if (total < 0) return allocate(-total, weights).map((part) => (part === 0 ? 0 : -part));

  const allZero = weights.every((w) => w === 0);
  const effective = allZero ? weights.map(() => 1) : weights;
  const sum = effective.reduce((acc, w) => acc + BigInt(w), 0n);
  const bigTotal = BigInt(total);

  const parts: number[] = [];
  const remainders: { index: number; remainder: bigint }[] = [];
  let assigned = 0n;
  effective.forEach((w, index) => {
    const product = bigTotal * BigInt(w);
    const part = product / sum;
    parts.push(Number(part));
    remainders.push({ index, remainder: product % sum });
    assigned += part;
  });

  // Array.prototype.sort is stable, so equal remainders keep index order: ties go to the lowest index.
  remainders.sort((a, b) => (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1));
  let leftover = Number(bigTotal - assigned); // < parts.length, one unit each
  for (const { index } of remainders) {
    if (leftover === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    leftover -= 1;
  }
  return parts;
}
