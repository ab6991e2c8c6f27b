import {
  type AlertSettings,
  createAlertRepository,
  createAlertSettingsRepository,
  createDeviceRepository,
} from '@kassa/db';
import { isAlertOn } from '../alerts/alerts-turned-on';
import { type KassaContext, newId, transact } from '../kassa-context';

const HOUR = 60 * 60 * 1000;

/** The alert kind of a register offline longer than its store allows. */
export const REGISTER_OFFLINE = 'register_offline';

/**
 * One look at every live device of an active register: each one not seen for longer than its
 * store's limit (`registerOfflineAlertHours`, 24 by default) raises a `register_offline` alert, once
 * per outage: not again until the device has been seen since. A store that turned the kind off is
 * not alerted (an outage still going on when it is turned on again alerts then). Safe to run from
 * several server processes at once (the device row decides who alerts). Answers how many alerts it
 * raised.
 */
export async function raiseOfflineAlerts(ctx: KassaContext): Promise<number> {
  const now = ctx.clock();
  let raised = 0;
  let settings: Map<string, AlertSettings> | undefined;
  for (const device of await createDeviceRepository(ctx.db).listWatched()) {
    const seenBefore = now - device.offlineAlertHours * HOUR;
    if (device.lastSeenAt >= seenBefore) continue;
    if (device.offlineAlertedAt !== null && device.offlineAlertedAt >= device.lastSeenAt) continue;
    // Read once per check, and only when some register is overdue.
    settings ??= await createAlertSettingsRepository(ctx.db).list();
    const store = settings.get(device.storeId);
    if (store && !isAlertOn(store, REGISTER_OFFLINE)) continue;
    const alerted = await transact(ctx, async (tx) => {
      if (!(await createDeviceRepository(tx.db).markOfflineAlerted(device.id, now, seenBefore))) return false;
      await createAlertRepository(tx.db).raise([
        {
          id: newId(tx),
          storeId: device.storeId,
          kind: REGISTER_OFFLINE,
          refId: device.registerId,
          details: {
            deviceId: device.id,
            registerCode: device.registerCode,
            registerName: device.registerName,
            lastSeenAt: device.lastSeenAt,
            limitHours: device.offlineAlertHours,
            pending: device.outboxPending,
            oldestPendingAt: device.outboxOldestAt,
          },
          createdAt: now,
        },
      ]);
      return true;
    });
    if (alerted) raised += 1;
  }
  return raised;
}
