import { APP_VERSION_HEADER, DEVICE_HEADER } from '@kassa/api';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { DevicePresence } from '../devices/device-presence';

/** The device token a paired register sends (`X-Kassa-Device`), or null. */
export function deviceTokenOf(c: Context): string | null {
  return c.req.header(DEVICE_HEADER) ?? null;
}

/** The web app version a register says it runs (`X-Kassa-Version`), when it looks like a version. */
export function appVersionOf(c: Context): string | null {
  const version = c.req.header(APP_VERSION_HEADER);
  return version !== undefined && /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}$/.test(version) ? version : null;
}

/**
 * Notes every API request of a paired device (last seen, app version). A failure to note it is
 * logged, never the request's failure.
 */
export function trackDevices(presence: DevicePresence, logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const token = deviceTokenOf(c);
    if (token !== null) {
      try {
        await presence.seen(token, appVersionOf(c));
      } catch (error) {
        logger.warn({ err: error }, 'could not note a device as seen');
      }
    }
    await next();
  };
}
