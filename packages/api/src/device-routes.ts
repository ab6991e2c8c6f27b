import { defineRoute } from './route';
import {
  CreateRegisterBody,
  Device,
  DeviceParams,
  HeartbeatAnswer,
  HeartbeatBody,
  PairBody,
  PairedDevice,
  PairingCode,
  StoreDevices,
  UpdateRegisterBody,
} from './schemas/device';
import { RegisterParams } from './schemas/shift';
import { Register, StoreParams } from './schemas/store';

/**
 * Registers and their devices (收银机管理, ADR 0007): an owner or manager adds a register and
 * creates a one-time pairing code for it; the browser that redeems the code becomes the register's
 * device and sends its token in `X-Kassa-Device` on every request. PIN sign-in works on a paired
 * device only.
 */
export const deviceRoutes = {
  createRegister: defineRoute({
    method: 'POST',
    path: '/api/v1/stores/{storeId}/registers',
    summary: 'Add a register (收银机) to a store; without a code it takes the next free number',
    tag: 'devices',
    access: 'register.manage',
    params: StoreParams,
    body: CreateRegisterBody,
    response: Register,
    status: 201,
    errors: ['store_not_found', 'register_code_taken'],
  }),
  updateRegister: defineRoute({
    method: 'PATCH',
    path: '/api/v1/registers/{registerId}',
    summary: 'Rename a register, or disable it (its PIN sessions end, PIN sign-in is refused) or enable it',
    tag: 'devices',
    access: 'register.manage',
    params: RegisterParams,
    body: UpdateRegisterBody,
    response: Register,
    errors: ['register_not_found'],
  }),
  createPairingCode: defineRoute({
    method: 'POST',
    path: '/api/v1/registers/{registerId}/pairing-codes',
    summary:
      'A one-time pairing code for a register: 8 digits, valid 15 minutes; it replaces the register’s unused codes',
    tag: 'devices',
    access: 'register.manage',
    params: RegisterParams,
    response: PairingCode,
    status: 201,
    errors: ['register_not_found', 'register_disabled'],
  }),
  pairDevice: defineRoute({
    method: 'POST',
    path: '/api/v1/devices/pair',
    summary:
      'Redeem a pairing code: this browser becomes the register’s device (its previous device is revoked); answers the device token once',
    tag: 'devices',
    access: 'public',
    body: PairBody,
    response: PairedDevice,
    status: 201,
    errors: ['pairing_code_invalid', 'register_disabled', 'rate_limited'],
  }),
  listDevices: defineRoute({
    method: 'GET',
    path: '/api/v1/stores/{storeId}/devices',
    summary:
      "A store's registers with their device: online, last seen, app version, outbox waiting and since when",
    tag: 'devices',
    access: 'register.manage',
    params: StoreParams,
    response: StoreDevices,
    errors: ['store_not_found'],
  }),
  revokeDevice: defineRoute({
    method: 'POST',
    path: '/api/v1/devices/{deviceId}/revoke',
    summary: 'Revoke a device: its PIN sessions end and it must be paired again (already revoked: no change)',
    tag: 'devices',
    access: 'register.manage',
    params: DeviceParams,
    response: Device,
    errors: ['device_not_found'],
  }),
  deviceHeartbeat: defineRoute({
    method: 'POST',
    path: '/api/v1/devices/heartbeat',
    summary:
      "A paired register's heartbeat (X-Kassa-Device): its outbox waiting, and whether the register is still enabled",
    tag: 'devices',
    access: 'public',
    body: HeartbeatBody,
    response: HeartbeatAnswer,
    errors: ['device_not_paired', 'device_revoked'],
  }),
} as const;
