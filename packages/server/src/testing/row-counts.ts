import type { Schema } from '@kassa/db';
import type { Kysely } from 'kysely';

const TABLES = [
  'sales',
  'sale_lines',
  'sale_tenders',
  'stock_locations',
  'stock_adjustments',
  'stock_adjustment_lines',
  'stock_receipts',
  'stock_receipt_lines',
  'suppliers',
  'supplier_products',
  'purchase_orders',
  'purchase_order_lines',
  'stock_movements',
  'stock_levels',
  'journal_entries',
  'events',
  'products',
  'product_barcodes',
  'shifts',
  'cash_movements',
  'z_reports',
  'voids',
  'parked_tickets',
  'refunds',
  'refund_lines',
  'refund_tenders',
  'register_quick_keys',
  'registers',
  'devices',
  'pairing_codes',
] as const;

/** Row counts of the tables a write could touch: compare before and after to prove "no state change". */
export async function rowCounts(db: Kysely<Schema>): Promise<Record<(typeof TABLES)[number], number>> {
  const counts: Partial<Record<(typeof TABLES)[number], number>> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts as Record<(typeof TABLES)[number], number>;
}
