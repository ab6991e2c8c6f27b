/**
 * A small seeded pseudo-random generator (mulberry32) so every install gets the same demo store:
 * the same products, barcodes, opening stock and sales history. Not for anything secret.
 */
export type Prng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element, uniformly. @throws RangeError on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, with probability proportional to `weight(item)`. @throws RangeError on an empty list. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** `n` pseudo-random bytes, e.g. for the random part of a UUIDv7. */
  bytes(n: number): Uint8Array;
};

/** A generator seeded with a 32-bit integer. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nonEmpty = <T>(items: readonly T[]): void => {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick(items) {
      nonEmpty(items);
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted(items, weight) {
      nonEmpty(items);
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let left = next() * total;
      for (const item of items) {
        left -= weight(item);
        if (left < 0) return item;
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i += 1) out[i] = Math.floor(next() * 256);
      return out;
    },
  };
}
