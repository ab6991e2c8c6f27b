import { describe, expect, it } from 'vitest';
import { newPairingCode, pairingCodeHash } from './pairing-code';

/** Random bytes from a fixed list of 32-bit values, big-endian, as `ctx.random` gives bytes. */
function bytesOf(...values: number[]) {
  const queue = [...values];
  return (n: number) => {
    const value = queue.shift() ?? 0;
    const bytes = new Uint8Array(n);
    new DataView(bytes.buffer).setUint32(0, value);
    return bytes;
  };
}

describe('pairing codes', () => {
  it('are 8 digits, leading zeros kept', () => {
    expect(newPairingCode(bytesOf(42))).toBe('00000042');
    expect(newPairingCode(bytesOf(123_456_789))).toBe('23456789');
  });

  it('draw again above the last whole multiple of 10^8, so every code is equally likely', () => {
    // 4,200,000,000 is the largest multiple of 10^8 below 2^32: 4,200,000,005 would favour '00000005'.
    expect(newPairingCode(bytesOf(4_200_000_005, 7))).toBe('00000007');
    expect(newPairingCode(bytesOf(4_199_999_999))).toBe('99999999');
  });

  it('are stored as their SHA-256, never as digits', () => {
    expect(pairingCodeHash('12345678')).toBe(
      'ef797c8118f02dfb649607dd5d3f8c7623048c9c063d532cc95c5ed7a898a64f',
    );
  });
});
