import { ONLINE_WINDOW_MS, type StoreDevices } from '@kassa/api';
import { createDeviceRepository, createRegisterRepository } from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import type { KassaContext } from '../kassa-context';
import { toApiRegister } from '../stores/register-view';
import { visibleStore } from '../stores/visible-store';
import { toApiDevice } from './device-view';
import { registerStatus } from './register-status';

/**
 * A store's registers by code, each with its status and its device: the live one, else the last one
 * it had (revoked), so the list still shows what a revoked till had not uploaded.
 */
export async function listStoreDevices(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
): Promise<StoreDevices> {
  const store = await visibleStore(ctx, auth, storeId);
  const [registers, devices] = await Promise.all([
    createRegisterRepository(ctx.db).listByStore(store.id),
    createDeviceRepository(ctx.db).listByStore(store.id),
  ]);
  const now = ctx.clock();
  return {
    now,
    onlineWindowMs: ONLINE_WINDOW_MS,
    offlineAlertHours: store.registerOfflineAlertHours,
    items: registers.map((register) => {
      const ofRegister = devices.filter((d) => d.registerId === register.id);
      // Newest pairing first: the live device if there is one, else the last revoked.
      const device = ofRegister.find((d) => d.revokedAt === null) ?? ofRegister[0];
      return {
        register: toApiRegister(register),
        status: registerStatus(register, device, now),
        device: device ? toApiDevice(device) : null,
      };
    }),
  };
}
