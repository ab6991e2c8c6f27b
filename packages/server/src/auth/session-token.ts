import { createHash } from 'node:crypto';

/** A new session token: 32 random bytes, base64url (43 characters). */
export function newSessionToken(random: (n: number) => Uint8Array): string {
  return Buffer.from(random(32)).toString('base64url');
}

/**
 * The session id stored for a token: its SHA-256 in hex. Only the hash is stored, so a leaked
 * database or backup holds no usable tokens.
 */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** True for a string shaped like a token this server hands out; anything else is not looked up. */
export function isSessionTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
