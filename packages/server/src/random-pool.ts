import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;

/**
 * `n` cryptographically random bytes from node:crypto, drawn from a pooled buffer: one system call
 * per 4 KiB instead of one per id (a sale takes several ids, and each call costs microseconds on
 * the hot path). Every returned array is a fresh copy.
 */
export function createRandomPool(): (n: number) => Uint8Array {
  const pool = new Uint8Array(POOL_BYTES);
  let offset = POOL_BYTES;
  return (n) => {
    if (n > POOL_BYTES) return new Uint8Array(randomFillSync(new Uint8Array(n)));
    if (offset + n > POOL_BYTES) {
      randomFillSync(pool);
      offset = 0;
    }
    const bytes = pool.slice(offset, offset + n);
    offset += n;
    return bytes;
  };
}

/** The process-wide pooled source of random bytes (see {@link createRandomPool}). */
export const systemRandom: (n: number) => Uint8Array = createRandomPool();
