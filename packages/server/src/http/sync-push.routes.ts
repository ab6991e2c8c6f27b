import { applyPush } from '../sync/push/apply-push';
import { createPushGate } from '../sync/push/push-gate';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type SyncPushRoutes = Pick<RouteHandlers, 'syncPush'>;

/** A register's outbox arriving: facts applied once each, in order; too many at once wait (429). */
export function syncPushRoutes({ ctx, readSaleSetting, qrPayments }: AppServices): SyncPushRoutes {
  const gate = createPushGate();
  return {
    syncPush: async ({ auth, body }) => ({
      results: await gate(() =>
        applyPush(ctx, auth, body, { readSetting: readSaleSetting, gateways: qrPayments.gateways }),
      ),
    }),
  };
}
