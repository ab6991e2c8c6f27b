import { ONLINE_WINDOW_MS, type RegisterStatus } from '@kassa/api';
import type { Device, Register } from '@kassa/db';

/**
 * How the device list shows a register at `now`: disabled first; unpaired without a device or when
 * its last device was revoked; online when its device was seen within {@link ONLINE_WINDOW_MS}
 * (a register sends a heartbeat every minute); offline otherwise.
 */
export function registerStatus(
  register: Pick<Register, 'active'>,
  device: Pick<Device, 'lastSeenAt' | 'revokedAt'> | undefined,
  now: number,
): RegisterStatus {
  if (!register.active) return 'disabled';
  if (!device || device.revokedAt !== null) return 'unpaired';
  return now - device.lastSeenAt <= ONLINE_WINDOW_MS ? 'online' : 'offline';
}
