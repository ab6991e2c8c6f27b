import { isSessionTokenShape, newSessionToken, sessionIdOf } from '../auth/session-token';

/**
 * A device token (设备凭证) is made and kept exactly like a session token: 32 random bytes,
 * base64url, shown to the device once; only its SHA-256 hex is stored, so a leaked database or
 * backup pairs no browser.
 */
export const newDeviceToken: (random: (n: number) => Uint8Array) => string = newSessionToken;

/** The stored hash of a device token. */
export const credentialHashOf: (token: string) => string = sessionIdOf;

/** True for a string shaped like a device token; anything else is not looked up. */
export const isDeviceTokenShape: (token: string) => boolean = isSessionTokenShape;
