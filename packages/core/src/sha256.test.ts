import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

describe('sha256Hex (NIST FIPS 180-2 vectors)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', // 448 bits
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('%j', (input, hash) => {
    expect(sha256Hex(input)).toBe(hash);
  });

  it('hashes one million "a"', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('encodes strings as UTF-8 and accepts bytes', () => {
    expect(sha256Hex('收银')).toBe(sha256Hex(new Uint8Array([0xe6, 0x94, 0xb6, 0xe9, 0x93, 0xb6])));
  });

  it('pads correctly around the 55/56/64-byte block edges', () => {
    // Pinned from a reference implementation (Node's crypto) at the lengths where padding spills a block.
    const pinned: Record<number, string> = {
      55: '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318',
      56: 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a',
      64: 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb',
    };
    for (const [length, hash] of Object.entries(pinned))
      expect(sha256Hex('a'.repeat(Number(length)))).toBe(hash);
  });
});
