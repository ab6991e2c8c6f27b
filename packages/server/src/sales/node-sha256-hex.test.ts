import { GENESIS_HASH, journalHash, sha256Hex } from '@kassa/core';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from './node-sha256-hex';

describe('nodeSha256Hex', () => {
  it('digests like the pure core implementation, beyond ASCII and across block boundaries', () => {
    // 55, 56 and 64 bytes straddle the padding edge of one 64-byte block.
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '可乐 😀\n'.repeat(40)]) {
      expect(nodeSha256Hex(text)).toBe(sha256Hex(text));
    }
    expect(nodeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same journal hash as the default', () => {
    const fact = {
      storeId: 'S1',
      seq: 7,
      kind: 'sale',
      refId: '0190b1c2-0000-7000-8000-000000000001',
      at: 1_717_200_000_000,
      payload: { total: 700, lines: [{ name: '可乐', amount: 700 }] },
    };
    expect(journalHash(GENESIS_HASH, fact, { sha256: nodeSha256Hex })).toBe(journalHash(GENESIS_HASH, fact));
  });
});
