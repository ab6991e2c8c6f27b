import type { Kysely } from 'kysely';

/**
 * Device pairing (收银机管理, ADR 0007): a browser becomes a register's **device** by redeeming a
 * one-time **pairing code** an owner or manager created for that register. Only hashes are kept:
 * the device credential (SHA-256 of a 32-byte token shown once) and the code (SHA-256 of its 8
 * digits). A device reports its outbox in heartbeats and stays listed after it is revoked. A PIN
 * session remembers the device it was started on, so revoking the device ends it. Each store
 * chooses after how many hours offline a register alerts the owner.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('credential_hash', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('paired_at', 'bigint', (col) => col.notNull())
    .addColumn('paired_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
    .addColumn('app_version', 'text')
    .addColumn('outbox_pending', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('outbox_oldest_at', 'bigint')
    .addColumn('offline_alerted_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .addColumn('revoked_by', 'text', (col) => col.references('staff.id'))
    .addUniqueConstraint('devices_credential_unique', ['credential_hash'])
    .execute();
  await db.schema.createIndex('devices_register_idx').on('devices').column('register_id').execute();

  await db.schema
    .createTable('pairing_codes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('created_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('device_id', 'text', (col) => col.references('devices.id'))
    .execute();
  await db.schema.createIndex('pairing_codes_hash_idx').on('pairing_codes').column('code_hash').execute();
  await db.schema
    .createIndex('pairing_codes_register_idx')
    .on('pairing_codes')
    .column('register_id')
    .execute();

  await db.schema
    .alterTable('sessions')
    .addColumn('device_id', 'text', (col) => col.references('devices.id'))
    .execute();
  await db.schema.createIndex('sessions_device_idx').on('sessions').column('device_id').execute();

  await db.schema
    .alterTable('stores')
    .addColumn('register_offline_alert_hours', 'integer', (col) => col.notNull().defaultTo(24))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stores').dropColumn('register_offline_alert_hours').execute();
  await db.schema.dropIndex('sessions_device_idx').execute();
  await db.schema.alterTable('sessions').dropColumn('device_id').execute();
  await db.schema.dropTable('pairing_codes').execute();
  await db.schema.dropTable('devices').execute();
}
