import type { Kysely, Selectable } from 'kysely';
import type { Schema, SessionsTable } from './schema';

/** A logged-in staff member's session. */
export interface Session {
  /** SHA-256 hex of the bearer token: a leaked database does not leak live tokens. */
  id: string;
  staffId: string;
  registerId: string | null;
  /** The paired device a PIN session was started on; null for a password session. */
  deviceId: string | null;
  createdAt: number;
  expiresAt: number;
  lastSeenAt: number;
}

/** What starting a session needs; `lastSeenAt` starts at `createdAt`. */
export type NewSession = Omit<Session, 'lastSeenAt' | 'deviceId'> & { deviceId?: string | null };

/** Session repository. */
export interface SessionRepository {
  create(session: NewSession): Promise<Session>;
  get(id: string): Promise<Session | undefined>;
  /** Records activity and, when given, slides the expiry. */
  touch(id: string, lastSeenAt: number, expiresAt?: number): Promise<void>;
  delete(id: string): Promise<void>;
  /** Ends every session of a staff member (password change, deactivation). */
  deleteByStaff(staffId: string): Promise<void>;
  /**
   * Ends every session started on a device of `registerId` (it was revoked or replaced), and the
   * register's PIN sessions from before devices were paired (no device on them: they may have been
   * started on it); answers their ids.
   */
  deleteByDevice(deviceId: string, registerId: string): Promise<string[]>;
  /** Ends every session bound to a register (it was disabled); answers their ids. */
  deleteByRegister(registerId: string): Promise<string[]>;
  /** Removes sessions that expired at or before `now`; returns how many. */
  deleteExpired(now: number): Promise<number>;
}

/** Sessions on `db`, which may be a transaction. */
export function createSessionRepository(db: Kysely<Schema>): SessionRepository {
  return {
    async create(session) {
      const row = {
        id: session.id,
        staff_id: session.staffId,
        register_id: session.registerId,
        device_id: session.deviceId ?? null,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
        last_seen_at: session.createdAt,
      };
      await db.insertInto('sessions').values(row).execute();
      return toSession(row);
    },
    async get(id) {
      const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSession(row);
    },
    async touch(id, lastSeenAt, expiresAt) {
      await db
        .updateTable('sessions')
        .set(
          expiresAt === undefined
            ? { last_seen_at: lastSeenAt }
            : { last_seen_at: lastSeenAt, expires_at: expiresAt },
        )
        .where('id', '=', id)
        .execute();
    },
    async delete(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
    async deleteByStaff(staffId) {
      await db.deleteFrom('sessions').where('staff_id', '=', staffId).execute();
    },
    async deleteByDevice(deviceId, registerId) {
      const rows = await db
        .deleteFrom('sessions')
        .where((eb) =>
          eb.or([
            eb('device_id', '=', deviceId),
            eb.and([eb('register_id', '=', registerId), eb('device_id', 'is', null)]),
          ]),
        )
        .returning('id')
        .execute();
      return rows.map((row) => row.id);
    },
    async deleteByRegister(registerId) {
      const rows = await db
        .deleteFrom('sessions')
        .where('register_id', '=', registerId)
        .returning('id')
        .execute();
      return rows.map((row) => row.id);
    },
    async deleteExpired(now) {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    staffId: row.staff_id,
    registerId: row.register_id,
    deviceId: row.device_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
  };
}
