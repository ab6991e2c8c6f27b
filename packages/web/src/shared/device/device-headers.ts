import { APP_VERSION_HEADER, DEVICE_HEADER } from '@kassa/api';
import type { KeyValueStorage } from '../storage';
import { APP_VERSION } from './app-version';
import { loadDeviceToken } from './device-token';

/**
 * The headers every API request of this browser carries: the app version, and the device token
 * once the browser is paired as a register (read each time, so pairing takes effect at once).
 */
export function deviceHeaders(storage: KeyValueStorage): Record<string, string> {
  const token = loadDeviceToken(storage);
  return token === null
    ? { [APP_VERSION_HEADER]: APP_VERSION }
    : { [APP_VERSION_HEADER]: APP_VERSION, [DEVICE_HEADER]: token };
}
