import { describe, expect, it } from 'vitest';
import { createRandomPool } from './random-pool';

describe('createRandomPool', () => {
  it('hands out fresh, non-repeating bytes across pool refills', () => {
    const random = createRandomPool();
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(Buffer.from(random(16)).toString('hex'));
    expect(seen.size).toBe(2000);
    expect(random(10000)).toHaveLength(10000);
  });

  it('returns copies the caller may keep', () => {
    const random = createRandomPool();
    const a = random(8);
    const copy = Uint8Array.from(a);
    for (let i = 0; i < 1000; i++) random(8);
    expect(a).toEqual(copy);
  });
});
