import { hash, verify } from '@node-rs/argon2';

/**
 * An argon2id hash of a random string with the same parameters as real hashes. Verifying against
 * it when the user name is unknown makes a wrong name cost as long as a wrong password, so the
 * answer time does not tell which user names exist.
 */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$+hkroJadQemQAW6DA/ksIQ$bgvOiTc8w6KTmVILUndC/2IkonaMUFbvEh642Snzdug';

/** Hashes a password or PIN with argon2id (19 MiB, 2 passes, 1 lane: the OWASP baseline). */
export function hashSecret(secret: string): Promise<string> {
  return hash(secret, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

/**
 * Checks a password or PIN against its stored hash. With no hash (unknown user, no PIN set) it
 * still does the work against a dummy hash and answers false.
 */
export async function verifySecret(storedHash: string | null, secret: string): Promise<boolean> {
  try {
    const matches = await verify(storedHash ?? DUMMY_HASH, secret);
    return storedHash !== null && matches;
  } catch {
    // A malformed stored hash never signs anyone in.
    return false;
  }
}
