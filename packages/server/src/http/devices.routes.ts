import { createPairingCode } from '../devices/create-pairing-code';
import { listStoreDevices } from '../devices/list-devices';
import { pairDevice } from '../devices/pair-device';
import { recordHeartbeat } from '../devices/record-heartbeat';
import { revokeDevice } from '../devices/revoke-device';
import { createRegister } from '../stores/create-register';
import { updateRegister } from '../stores/update-register';
import type { AppServices } from './app-services';
import { appVersionOf, deviceTokenOf } from './device-headers';
import type { RouteHandlers } from './route-handlers';

type DeviceRoutes = Pick<
  RouteHandlers,
  | 'createRegister'
  | 'updateRegister'
  | 'createPairingCode'
  | 'pairDevice'
  | 'listDevices'
  | 'revokeDevice'
  | 'deviceHeartbeat'
>;

/** The longest device name kept: a user agent can be long, and it is only shown. */
const MAX_NAME = 200;

/** Registers and their devices (收银机管理): add, rename, disable, pair, list, revoke, heartbeat. */
export function deviceRoutes({ ctx, authenticator, pairingGuesses }: AppServices): DeviceRoutes {
  // Sessions a change ended are dropped from this process's cache at once (see the authenticator).
  const forget = (sessionIds: readonly string[]) => {
    for (const id of sessionIds) authenticator.forget(id);
  };
  return {
    createRegister: ({ auth, params, body }) => createRegister(ctx, auth, params.storeId, body),
    updateRegister: async ({ auth, params, body }) => {
      const { register, endedSessions } = await updateRegister(ctx, auth, params.registerId, body);
      forget(endedSessions);
      return register;
    },
    createPairingCode: ({ auth, params }) => createPairingCode(ctx, auth, params.registerId),
    pairDevice: async ({ body, c }) => {
      const name = (body.name ?? c.req.header('user-agent') ?? '').trim().slice(0, MAX_NAME) || '—';
      const previousToken = deviceTokenOf(c);
      const { endedSessions, ...paired } = await pairDevice(
        ctx,
        { code: body.code, name, previousToken },
        pairingGuesses,
      );
      forget(endedSessions);
      return paired;
    },
    listDevices: ({ auth, params }) => listStoreDevices(ctx, auth, params.storeId),
    revokeDevice: async ({ auth, params }) => {
      const { device, endedSessions } = await revokeDevice(ctx, auth, params.deviceId);
      forget(endedSessions);
      return device;
    },
    deviceHeartbeat: ({ body, c }) => recordHeartbeat(ctx, deviceTokenOf(c), appVersionOf(c), body),
  };
}
