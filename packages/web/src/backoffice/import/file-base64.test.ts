import { describe, expect, it } from 'vitest';
import { toBase64 } from './file-base64';

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

describe('toBase64', () => {
  it('encodes the standard vectors', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(toBase64(bytes(''))).toBe('');
    expect(toBase64(bytes('M'))).toBe('TQ==');
    expect(toBase64(bytes('Ma'))).toBe('TWE=');
    expect(toBase64(bytes('Man'))).toBe('TWFu');
  });

  it('round-trips every byte across chunk boundaries, with padding only at the end', () => {
    for (const size of [49_151, 49_152, 49_153, 100_000]) {
      const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 7919) % 256);
      const text = toBase64(bytes);
      expect(text.slice(0, -2), `${size} bytes`).not.toContain('=');
      expect(fromBase64(text), `${size} bytes`).toEqual(bytes);
    }
  });

  it('takes a 10 MB file without overflowing the call stack', () => {
    const bytes = new Uint8Array(10 * 1024 * 1024).fill(0xe4);
    expect(toBase64(bytes).length).toBe(Math.ceil(bytes.length / 3) * 4);
  });
});
