import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUuid, uuidV7, uuidV7Time } from './uuid-v7';

const zeros = new Uint8Array(10);
const ones = new Uint8Array(10).fill(0xff);

describe('uuidV7', () => {
  it('lays out time, version and variant (RFC 9562)', () => {
    // 0x017F22E279B0 = 1645557742000 ms, the example timestamp of RFC 9562 appendix A.6
    expect(uuidV7(1_645_557_742_000, zeros)).toBe('017f22e2-79b0-7000-8000-000000000000');
    expect(uuidV7(1_645_557_742_000, ones)).toBe('017f22e2-79b0-7fff-bfff-ffffffffffff');
    expect(uuidV7(0, zeros)).toBe('00000000-0000-7000-8000-000000000000');
  });

  it('round-trips the time and sorts by time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 - 2 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.uint8Array({ minLength: 10, maxLength: 16 }),
        fc.uint8Array({ minLength: 10, maxLength: 16 }),
        (ms, delta, r1, r2) => {
          const later = Math.min(ms + delta, 2 ** 48 - 1);
          const a = uuidV7(ms, r1);
          const b = uuidV7(later, r2);
          expect(isUuid(a)).toBe(true);
          expect(uuidV7Time(a)).toBe(ms);
          expect(a < b).toBe(later > ms);
        },
      ),
    );
  });

  it('refuses bad input', () => {
    expect(() => uuidV7(-1, zeros)).toThrow(RangeError);
    expect(() => uuidV7(2 ** 48, zeros)).toThrow(RangeError);
    expect(() => uuidV7(1.5, zeros)).toThrow(RangeError);
    expect(() => uuidV7(0, new Uint8Array(9))).toThrow(RangeError);
    expect(() => uuidV7Time('6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toThrow(RangeError); // a v1 UUID
  });

  it('recognises UUIDs', () => {
    expect(isUuid('6BA7B810-9DAD-11D1-80B4-00C04FD430C8')).toBe(true);
    expect(isUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c')).toBe(false);
    expect(isUuid('not-a-uuid')).toBe(false);
  });
});
