import type { HeartbeatAnswer } from '@kassa/api';
import { createDeviceRepository, createRegisterRepository } from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import { pairedDevice } from './paired-device';

/**
 * A register's heartbeat (every minute, and when its outbox changes): the device is seen, its app
 * version and outbox (sales waiting, the oldest since when) are kept for the device list. Answers
 * whether the register is still enabled; a revoked or unknown device is refused, so the register
 * learns it must pair again.
 */
export async function recordHeartbeat(
  ctx: KassaContext,
  token: string | null,
  appVersion: string | null,
  outbox: { readonly pending: number; readonly oldestPendingAt: number | null },
): Promise<HeartbeatAnswer> {
  const device = await pairedDevice(ctx, token);
  await createDeviceRepository(ctx.db).reportOutbox(
    device.id,
    { at: ctx.clock(), pending: outbox.pending, oldestPendingAt: outbox.oldestPendingAt },
    appVersion,
  );
  const register = await createRegisterRepository(ctx.db).get(device.registerId);
  return {
    deviceId: device.id,
    registerId: device.registerId,
    registerName: register?.name ?? '',
    registerActive: register?.active ?? false,
  };
}
