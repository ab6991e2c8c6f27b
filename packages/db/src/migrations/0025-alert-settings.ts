import type { Kysely } from 'kysely';

/**
 * Alerts, part 4 (ADR 0011):
 * - a **reorder point** per product and store, beside the stock on hand it is compared with (null:
 *   none), so the stock upsert of a sale returns both and a crossing costs no extra query;
 * - each store's **alert settings** beside its offline limit (`register_offline_alert_hours`,
 *   migration 0022): the kinds turned off (JSON array), the cash variance at a shift close that
 *   alerts (minor units: 5000 = ¥50.00), and how unusual a cashier's refunds, voids or no-sales must
 *   be (sensitivity in tenths of a robust spread, 35 = 3.5; minimum count of the day);
 * - an alert's optional **dedupe key**, unique per store, so an alert raised by a schedule (once per
 *   cashier, kind and business date) is raised once even by several server processes at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stock_levels').addColumn('reorder_point', 'bigint').execute();

  const columns = [
    ['alert_kinds_off', 'text', '[]'],
    ['cash_variance_alert_threshold', 'bigint', 5000],
    ['unusual_sensitivity_tenths', 'integer', 35],
    ['unusual_min_count', 'integer', 3],
  ] as const;
  for (const [name, type, value] of columns) {
    await db.schema
      .alterTable('stores')
      .addColumn(name, type, (col) => col.notNull().defaultTo(value))
      .execute();
  }

  await db.schema.alterTable('alerts').addColumn('dedupe_key', 'text').execute();
  // NULLs are distinct in a unique index on both databases: alerts without a key never collide.
  await db.schema
    .createIndex('alerts_store_dedupe')
    .on('alerts')
    .columns(['store_id', 'dedupe_key'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('alerts_store_dedupe').execute();
  await db.schema.alterTable('alerts').dropColumn('dedupe_key').execute();
  for (const name of [
    'unusual_min_count',
    'unusual_sensitivity_tenths',
    'cash_variance_alert_threshold',
    'alert_kinds_off',
  ]) {
    await db.schema.alterTable('stores').dropColumn(name).execute();
  }
  await db.schema.alterTable('stock_levels').dropColumn('reorder_point').execute();
}
