import type { Kysely } from 'kysely';

/** Stores, registers, roles, staff and their sessions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stores')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('business_day_cutover_minutes', 'integer', (col) => col.notNull())
    .addColumn('tax_mode', 'text', (col) => col.notNull())
    .addColumn('tax_rounding', 'text', (col) => col.notNull())
    .addColumn('tax_inclusive_target', 'text', (col) => col.notNull())
    .addColumn('rounding_mode', 'text', (col) => col.notNull())
    .addColumn('cash_rounding_increment', 'integer', (col) => col.notNull())
    .addColumn('cash_rounding_mode', 'text', (col) => col.notNull())
    .addColumn('scale_barcode_templates', 'text', (col) => col.notNull())
    .addColumn('receipt_footer', 'text')
    .addColumn('journal_seq', 'bigint', (col) => col.notNull().defaultTo(0))
    .addColumn('journal_head', 'text', (col) => col.notNull().defaultTo('0'.repeat(64)))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('stores_code_unique', ['code'])
    .execute();

  await db.schema
    .createTable('registers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('next_receipt_seq', 'bigint', (col) => col.notNull().defaultTo(1))
    .addColumn('active', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('registers_store_code_unique', ['store_id', 'code'])
    .execute();

  await db.schema
    .createTable('roles')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('role_permissions')
    .addColumn('role_id', 'text', (col) => col.notNull().references('roles.id').onDelete('cascade'))
    .addColumn('permission', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('role_permissions_pkey', ['role_id', 'permission'])
    .execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('username', 'text', (col) => col.notNull())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('role_id', 'text', (col) => col.notNull().references('roles.id'))
    .addColumn('password_hash', 'text')
    .addColumn('pin_hash', 'text')
    .addColumn('active', 'integer', (col) => col.notNull())
    .addColumn('failed_logins', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('locked_until', 'bigint')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('staff_username_unique', ['username'])
    .execute();

  await db.schema
    .createTable('staff_stores')
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('staff_stores_pkey', ['staff_id', 'store_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('register_id', 'text', (col) => col.references('registers.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_staff_idx').on('sessions').column('staff_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sessions',
    'staff_stores',
    'staff',
    'role_permissions',
    'roles',
    'registers',
    'stores',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
