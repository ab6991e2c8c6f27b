const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_UNIX_MS = 2 ** 48 - 1;

const hex = (byte: number): string => byte.toString(16).padStart(2, '0');

/**
 * A UUIDv7 (RFC 9562): 48-bit big-endian Unix milliseconds, version 7, 12 random bits, variant 10,
 * 62 random bits, lower-case. Ids of different milliseconds sort by time as strings; within one
 * millisecond the order follows `random`. The caller supplies time and randomness (≥ 10 bytes,
 * e.g. from crypto.getRandomValues) so the core stays pure.
 * @throws RangeError when `unixMs` is not an integer in 0…2^48−1 or `random` is shorter than 10 bytes.
 */
export function uuidV7(unixMs: number, random: Uint8Array): string {
  if (!Number.isSafeInteger(unixMs) || unixMs < 0 || unixMs > MAX_UNIX_MS) {
    throw new RangeError(`unixMs must be an integer in 0…2^48−1, got ${unixMs}`);
  }
  if (random.length < 10) throw new RangeError(`uuidV7 needs at least 10 random bytes, got ${random.length}`);
  const bytes = new Uint8Array(16);
  let time = unixMs;
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | ((random[0] ?? 0) & 0x0f);
  bytes[7] = random[1] ?? 0;
  bytes[8] = 0x80 | ((random[2] ?? 0) & 0x3f);
  bytes.set(random.subarray(3, 10), 9);
  const h = Array.from(bytes, hex).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** True for any RFC 9562 textual UUID (8-4-4-4-12 hex digits, either case). */
export function isUuid(s: string): boolean {
  return UUID_PATTERN.test(s);
}

/**
 * The Unix milliseconds embedded in a UUIDv7.
 * @throws RangeError when `id` is not a version-7 UUID.
 */
export function uuidV7Time(id: string): number {
  if (!isUuid(id) || id.charAt(14) !== '7') throw new RangeError(`Not a UUIDv7: ${JSON.stringify(id)}`);
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
