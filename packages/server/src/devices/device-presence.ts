import { createDeviceRepository } from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import { credentialHashOf, isDeviceTokenShape } from './device-credential';

/** A device's requests move its "last seen" at most this often: reads stay read-only in between. */
export const SEEN_WRITE_INTERVAL_MS = 30_000;

/** Bounds memory: past this many tokens the record of recent writes starts over. */
const MAX_REMEMBERED = 10_000;

/** Notes that a device made a request. */
export type DevicePresence = {
  /** Moves the device's last seen (and app version, when said) unless it was moved in the last 30 s. */
  seen(token: string, appVersion: string | null): Promise<void>;
};

/**
 * Creates the presence tracker. QUIRK(presence): the 30-second throttle is per process and per token
 * (also for tokens nobody holds, so a stray header costs one lookup per 30 s); the heartbeat writes
 * every minute anyway, which keeps a device within the 2-minute online window.
 */
export function createDevicePresence(ctx: KassaContext): DevicePresence {
  const lastWrite = new Map<string, number>();
  return {
    async seen(token, appVersion) {
      if (!isDeviceTokenShape(token)) return;
      const hash = credentialHashOf(token);
      const now = ctx.clock();
      const last = lastWrite.get(hash);
      if (last !== undefined && now - last < SEEN_WRITE_INTERVAL_MS) return;
      if (lastWrite.size >= MAX_REMEMBERED) lastWrite.clear();
      lastWrite.set(hash, now);
      const devices = createDeviceRepository(ctx.db);
      const device = await devices.getByCredential(hash);
      if (device && device.revokedAt === null) await devices.seen(device.id, now, appVersion);
    },
  };
}
