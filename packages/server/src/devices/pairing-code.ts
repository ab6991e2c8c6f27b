import { createHash } from 'node:crypto';

const SPACE = 100_000_000;
// The largest multiple of SPACE below 2^32: values at or above it are drawn again, so each of the
// 10^8 codes is exactly as likely (a plain `% SPACE` would favour the low ones slightly).
const FAIR_LIMIT = Math.floor(2 ** 32 / SPACE) * SPACE;

/** A new pairing code: 8 decimal digits, uniformly random (`random` gives cryptographic bytes). */
export function newPairingCode(random: (n: number) => Uint8Array): string {
  for (;;) {
    const bytes = random(4);
    const value = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
    if (value < FAIR_LIMIT) return String(value % SPACE).padStart(8, '0');
  }
}

/** What is stored of a code: its SHA-256 hex. The code lives 15 minutes, so a leaked hash is worth little. */
export function pairingCodeHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
