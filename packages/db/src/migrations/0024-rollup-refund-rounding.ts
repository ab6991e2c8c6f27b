import { roundDiv } from '@kassa/core';
import type { Kysely } from 'kysely';

type Tables = {
  unreceipted_return_lines: {
    return_id: string;
    line_no: number;
    product_id: string;
    amount: number;
    tax: number;
    tax_rate_ppm: number;
    unit_cost: number | null;
  };
  products: { id: string; tax_class_id: string; cost: number | null };
  stock_movements: { ref_id: string | null; product_id: string; reason: string; unit_cost: number | null };
  tax_classes: { id: string; rate_ppm: number };
};

/**
 * Report rollups, second cut (ADR 0009):
 * - `sales_rollups.refund_rounding`: the cash rounding (抹零) a refund gives back with what the
 *   sale was paid, so a sale refunded in full nets to 0 in net sales and revenue.
 * - Lines of returns without a receipt keep the tax in their amount, its rate and the unit cost, as
 *   the return was priced, instead of a rebuild taking them from the product as it is then. Lines
 *   from before are filled in as a rebuild took them until now: the product's rate today and the
 *   tax included in the amount at that rate, rounded half-up; the unit cost from the line's stock
 *   movement (the cost when the goods came back), the product's cost today only for goods whose
 *   stock is not kept.
 * The rollups themselves are rebuilt by the server on start (ROLLUPS_VERSION 2).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sales_rollups')
    .addColumn('refund_rounding', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema
    .alterTable('unreceipted_return_lines')
    .addColumn('tax', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('unreceipted_return_lines')
    .addColumn('tax_rate_ppm', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('unreceipted_return_lines').addColumn('unit_cost', 'bigint').execute();

  const tables = db.withTables<Tables>();
  const lines = await tables
    .selectFrom('unreceipted_return_lines as line')
    .innerJoin('products', 'products.id', 'line.product_id')
    .innerJoin('tax_classes', 'tax_classes.id', 'products.tax_class_id')
    .select([
      'line.return_id',
      'line.line_no',
      'line.product_id',
      'line.amount',
      'tax_classes.rate_ppm',
      'products.cost',
    ])
    .execute();
  // The cost the returned goods went back into stock at, by return and product.
  const movements = await tables
    .selectFrom('stock_movements')
    .select(['ref_id', 'product_id', 'unit_cost'])
    .where('reason', '=', 'refund')
    .where('ref_id', 'in', tables.selectFrom('unreceipted_return_lines').select('return_id'))
    .execute();
  const costAtReturn = new Map(movements.map((m) => [`${m.ref_id}|${m.product_id}`, m.unit_cost]));
  for (const line of lines) {
    // The tax inside an amount that includes it at `rate_ppm` (what rollup-deltas.ts computed).
    const tax = line.amount - roundDiv(line.amount * 1_000_000, 1_000_000 + line.rate_ppm, 'half-up');
    await tables
      .updateTable('unreceipted_return_lines')
      .set({
        tax,
        tax_rate_ppm: line.rate_ppm,
        unit_cost: costAtReturn.get(`${line.return_id}|${line.product_id}`) ?? line.cost,
      })
      .where('return_id', '=', line.return_id)
      .where('line_no', '=', line.line_no)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['unit_cost', 'tax_rate_ppm', 'tax']) {
    await db.schema.alterTable('unreceipted_return_lines').dropColumn(column).execute();
  }
  await db.schema.alterTable('sales_rollups').dropColumn('refund_rounding').execute();
}
