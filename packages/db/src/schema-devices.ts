import type { Defaulted, Immutable } from './schema-columns';

/** A browser paired as a register's device (see migration 0022); kept after it is revoked. */
export interface DevicesTable {
  id: Immutable<string>;
  register_id: Immutable<string>;
  /** SHA-256 hex of the device token; the token itself is shown once and never stored. */
  credential_hash: Immutable<string>;
  /** What the device said it is (its user agent). */
  name: Immutable<string>;
  paired_at: Immutable<number>;
  paired_by: Immutable<string>;
  /** Its last request (written at most every 30 s per device) or heartbeat; `paired_at` at first. */
  last_seen_at: number;
  /** The web app version it last reported; null before it said. */
  app_version: string | null;
  /** Its outbox as of the last heartbeat: entries waiting, and when the oldest was queued. */
  outbox_pending: Defaulted<number>;
  outbox_oldest_at: number | null;
  /** When the owner was last alerted that it is offline; alerted again only once seen since. */
  offline_alerted_at: number | null;
  revoked_at: number | null;
  revoked_by: string | null;
}

/** A one-time code that pairs a device with a register (see migration 0022). */
export interface PairingCodesTable {
  id: Immutable<string>;
  /** SHA-256 hex of the 8 digits. */
  code_hash: Immutable<string>;
  register_id: Immutable<string>;
  created_by: Immutable<string>;
  created_at: Immutable<number>;
  expires_at: Immutable<number>;
  used_at: number | null;
  /** The device it paired, once used. */
  device_id: string | null;
}
