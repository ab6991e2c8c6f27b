import type { Kysely, Selectable } from 'kysely';
import type { PairingCodesTable, Schema } from './schema';

/** A one-time code that pairs a device with a register (配对码); only its hash is stored. */
export interface PairingCode {
  id: string;
  registerId: string;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
  /** The device it paired, once used. */
  deviceId: string | null;
}

/** What creating a code records. */
export interface NewPairingCode {
  id: string;
  /** SHA-256 hex of the digits. */
  codeHash: string;
  registerId: string;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
}

/** Pairing codes of the instance. */
export interface PairingCodeRepository {
  create(code: NewPairingCode): Promise<PairingCode>;
  /** The code with this hash that may still be used at `now`: not used, not expired. */
  findLive(codeHash: string, now: number): Promise<PairingCode | undefined>;
  /**
   * Uses a live code for `deviceId` at `at`: true for exactly one caller, false when it was used
   * meanwhile or has expired.
   */
  use(id: string, at: number, deviceId: string): Promise<boolean>;
  /** Drops the register's codes that were never used (a newer code replaces them); answers how many. */
  discardUnused(registerId: string): Promise<number>;
}

/** Pairing codes on `db`, which may be a transaction. */
export function createPairingCodeRepository(db: Kysely<Schema>): PairingCodeRepository {
  return {
    async create(code) {
      const row = {
        id: code.id,
        code_hash: code.codeHash,
        register_id: code.registerId,
        created_by: code.createdBy,
        created_at: code.createdAt,
        expires_at: code.expiresAt,
        used_at: null,
        device_id: null,
      };
      await db.insertInto('pairing_codes').values(row).execute();
      return toPairingCode(row);
    },
    async findLive(codeHash, now) {
      const row = await db
        .selectFrom('pairing_codes')
        .selectAll()
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row && toPairingCode(row);
    },
    async use(id, at, deviceId) {
      const result = await db
        .updateTable('pairing_codes')
        .set({ used_at: at, device_id: deviceId })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async discardUnused(registerId) {
      const result = await db
        .deleteFrom('pairing_codes')
        .where('register_id', '=', registerId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function toPairingCode(row: Selectable<PairingCodesTable>): PairingCode {
  return {
    id: row.id,
    registerId: row.register_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    deviceId: row.device_id,
  };
}
