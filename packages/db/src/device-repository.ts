import type { Kysely, Selectable } from 'kysely';
import type { DevicesTable, Schema } from './schema';

/** A browser paired as a register's device (收银机设备); listed after it is revoked too. */
export interface Device {
  id: string;
  registerId: string;
  /** What the device said it is (its user agent). */
  name: string;
  pairedAt: number;
  /** Who created the pairing code it redeemed. */
  pairedBy: string;
  lastSeenAt: number;
  appVersion: string | null;
  /** Its outbox as of the last heartbeat. */
  outboxPending: number;
  outboxOldestAt: number | null;
  /** When the owner was last told it is offline; null when never. */
  offlineAlertedAt: number | null;
  revokedAt: number | null;
  revokedBy: string | null;
}

/** What pairing a device records; it counts as seen when paired. */
export interface NewDevice {
  id: string;
  registerId: string;
  /** SHA-256 hex of the device token. */
  credentialHash: string;
  name: string;
  pairedAt: number;
  pairedBy: string;
}

/** A live device of an active register, with what the offline check needs to know about it. */
export interface WatchedDevice extends Device {
  storeId: string;
  registerCode: string;
  registerName: string;
  /** The store's limit: after this many hours offline the owner is alerted. */
  offlineAlertHours: number;
}

/** What a heartbeat reports. */
export interface OutboxReport {
  at: number;
  pending: number;
  oldestPendingAt: number | null;
}

/** Devices of the instance. */
export interface DeviceRepository {
  create(device: NewDevice): Promise<Device>;
  get(id: string): Promise<Device | undefined>;
  /** The device holding the token whose hash this is (revoked ones too). */
  getByCredential(credentialHash: string): Promise<Device | undefined>;
  /** Every device of the store's registers, newest pairing first. */
  listByStore(storeId: string): Promise<Device[]>;
  /** The register's devices that are not revoked (normally at most one). */
  listLive(registerId: string): Promise<Device[]>;
  /** Revokes the device unless it already is; answers it as it is now (undefined when unknown). */
  revoke(id: string, at: number, by: string | null): Promise<Device | undefined>;
  /** Notes a request from the device at `at`, and the app version it runs when it said. */
  seen(id: string, at: number, appVersion: string | null): Promise<void>;
  /** Notes a heartbeat: seen at `report.at`, with its outbox as reported. */
  reportOutbox(id: string, report: OutboxReport, appVersion: string | null): Promise<void>;
  /** Live devices of active registers, with their store's offline limit. */
  listWatched(): Promise<WatchedDevice[]>;
  /**
   * Marks the device as alerted at `at` for being offline, when it was last seen before
   * `seenBefore` and not alerted since it was last seen; true for exactly one caller per outage.
   */
  markOfflineAlerted(id: string, at: number, seenBefore: number): Promise<boolean>;
}

/** Devices on `db`, which may be a transaction. */
export function createDeviceRepository(db: Kysely<Schema>): DeviceRepository {
  const select = () => db.selectFrom('devices').selectAll('devices');
  const repository: DeviceRepository = {
    async create(device) {
      await db
        .insertInto('devices')
        .values({
          id: device.id,
          register_id: device.registerId,
          credential_hash: device.credentialHash,
          name: device.name,
          paired_at: device.pairedAt,
          paired_by: device.pairedBy,
          last_seen_at: device.pairedAt,
          app_version: null,
          outbox_oldest_at: null,
          offline_alerted_at: null,
          revoked_at: null,
          revoked_by: null,
        })
        .execute();
      const created = await repository.get(device.id);
      if (!created) throw new Error(`device ${device.id} vanished after insert`);
      return created;
    },
    async get(id) {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row && toDevice(row);
    },
    async getByCredential(credentialHash) {
      const row = await select().where('credential_hash', '=', credentialHash).executeTakeFirst();
      return row && toDevice(row);
    },
    async listByStore(storeId) {
      const rows = await select()
        .innerJoin('registers', 'registers.id', 'devices.register_id')
        .where('registers.store_id', '=', storeId)
        .orderBy('devices.paired_at', 'desc')
        .orderBy('devices.id', 'desc')
        .execute();
      return rows.map(toDevice);
    },
    async listLive(registerId) {
      const rows = await select()
        .where('register_id', '=', registerId)
        .where('revoked_at', 'is', null)
        .orderBy('paired_at')
        .execute();
      return rows.map(toDevice);
    },
    async revoke(id, at, by) {
      await db
        .updateTable('devices')
        .set({ revoked_at: at, revoked_by: by })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      return repository.get(id);
    },
    async seen(id, at, appVersion) {
      await db
        .updateTable('devices')
        .set(appVersion === null ? { last_seen_at: at } : { last_seen_at: at, app_version: appVersion })
        .where('id', '=', id)
        .execute();
    },
    async reportOutbox(id, report, appVersion) {
      const outbox = {
        last_seen_at: report.at,
        outbox_pending: report.pending,
        outbox_oldest_at: report.oldestPendingAt,
      };
      await db
        .updateTable('devices')
        .set(appVersion === null ? outbox : { ...outbox, app_version: appVersion })
        .where('id', '=', id)
        .execute();
    },
    async listWatched() {
      const rows = await select()
        .innerJoin('registers', 'registers.id', 'devices.register_id')
        .innerJoin('stores', 'stores.id', 'registers.store_id')
        .select([
          'registers.store_id as store_id',
          'registers.code as register_code',
          'registers.name as register_name',
          'stores.register_offline_alert_hours as offline_alert_hours',
        ])
        .where('devices.revoked_at', 'is', null)
        .where('registers.active', '=', 1)
        .orderBy('devices.id')
        .execute();
      return rows.map((row) => ({
        ...toDevice(row),
        storeId: row.store_id,
        registerCode: row.register_code,
        registerName: row.register_name,
        offlineAlertHours: row.offline_alert_hours,
      }));
    },
    async markOfflineAlerted(id, at, seenBefore) {
      // One conditional statement: of several server processes checking at once, one marks it.
      const result = await db
        .updateTable('devices')
        .set({ offline_alerted_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .where('last_seen_at', '<', seenBefore)
        .where((eb) =>
          eb.or([
            eb('offline_alerted_at', 'is', null),
            eb('offline_alerted_at', '<', eb.ref('last_seen_at')),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
  return repository;
}

function toDevice(row: Selectable<DevicesTable>): Device {
  return {
    id: row.id,
    registerId: row.register_id,
    name: row.name,
    pairedAt: row.paired_at,
    pairedBy: row.paired_by,
    lastSeenAt: row.last_seen_at,
    appVersion: row.app_version,
    outboxPending: row.outbox_pending,
    outboxOldestAt: row.outbox_oldest_at,
    offlineAlertedAt: row.offline_alerted_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
  };
}
