import type { KeyValueStorage } from '../storage';

/**
 * Where this browser keeps its device token (设备凭证) once paired as a register: localStorage, like
 * the rest of the register's identity, so it survives reloads and restarts. A credential, so it is
 * kept under one key that nothing else reads.
 */
export const DEVICE_TOKEN_KEY = 'kassa.deviceToken';

/** The device token of this browser, or null when it is not paired. */
export function loadDeviceToken(storage: KeyValueStorage): string | null {
  const token = storage.getItem(DEVICE_TOKEN_KEY);
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

export function saveDeviceToken(storage: KeyValueStorage, token: string): void {
  storage.setItem(DEVICE_TOKEN_KEY, token);
}
