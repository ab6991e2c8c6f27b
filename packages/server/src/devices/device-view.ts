import type { Device as ApiDevice } from '@kassa/api';
import type { Device } from '@kassa/db';

/** A device as the API shows it (never its credential). */
export function toApiDevice(device: Device): ApiDevice {
  return {
    id: device.id,
    registerId: device.registerId,
    name: device.name,
    pairedAt: device.pairedAt,
    pairedBy: device.pairedBy,
    lastSeenAt: device.lastSeenAt,
    appVersion: device.appVersion,
    outbox: { pending: device.outboxPending, oldestPendingAt: device.outboxOldestAt },
    revokedAt: device.revokedAt,
    revokedBy: device.revokedBy,
  };
}
