import { type Kysely, sql } from 'kysely';

/** Shifts (交班) with their drawer's cash movements, Z reports, and the shift each sale belongs to. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shifts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('opened_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('opened_at', 'bigint', (col) => col.notNull())
    .addColumn('business_date', 'text', (col) => col.notNull())
    .addColumn('opening_float', 'bigint', (col) => col.notNull())
    .addColumn('opening_count_json', 'text', (col) => col.notNull())
    .addColumn('closed_by', 'text', (col) => col.references('staff.id'))
    .addColumn('closed_at', 'bigint')
    .addColumn('counted_cash', 'bigint')
    .addColumn('closing_count_json', 'text')
    .addColumn('summary_json', 'text')
    .addColumn('z_report_id', 'text')
    .execute();
  // One open shift per register, enforced by the database itself (two tabs racing lose cleanly).
  await db.schema
    .createIndex('shifts_one_open_per_register')
    .on('shifts')
    .column('register_id')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema
    .createIndex('shifts_register_date_idx')
    .on('shifts')
    .columns(['register_id', 'business_date'])
    .execute();

  await db.schema
    .createTable('cash_movements')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('shift_id', 'text', (col) => col.notNull().references('shifts.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('cash_movements_shift_idx').on('cash_movements').column('shift_id').execute();

  await db.schema
    .createTable('z_reports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('register_id', 'text', (col) => col.notNull().references('registers.id'))
    .addColumn('z_no', 'bigint', (col) => col.notNull())
    .addColumn('business_date', 'text', (col) => col.notNull())
    .addColumn('taken_by', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('taken_at', 'bigint', (col) => col.notNull())
    .addColumn('summary_json', 'text', (col) => col.notNull())
    .addUniqueConstraint('z_reports_register_date_unique', ['register_id', 'business_date'])
    .addUniqueConstraint('z_reports_register_no_unique', ['register_id', 'z_no'])
    .execute();

  await db.schema
    .alterTable('sales')
    .addColumn('shift_id', 'text', (col) => col.references('shifts.id'))
    .execute();
  await db.schema.createIndex('sales_shift_idx').on('sales').column('shift_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sales_shift_idx').execute();
  await db.schema.alterTable('sales').dropColumn('shift_id').execute();
  for (const table of ['z_reports', 'cash_movements', 'shifts']) await db.schema.dropTable(table).execute();
}
