import { type Kysely, SqliteAdapter, sql } from 'kysely';
import { runningTotalMeasures } from './0026-product-running-totals';

/**
 * On SQLite, `product_running_totals` becomes a WITHOUT ROWID table (ADR 0013): its rows are then
 * stored in the primary key itself, so reading a product's totals at a date is one B-tree descent
 * instead of a descent in the key index and another in the table; a by-product report of two
 * stores reads four per product and store. PostgreSQL has no such choice and keeps its table.
 * The rows are copied over: the marks stay valid.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  let table = db.schema
    .createTable('product_running_totals_keyed')
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('product_id', 'text', (col) => col.notNull())
    .addColumn('business_date', 'text', (col) => col.notNull());
  for (const measure of runningTotalMeasures) {
    table = table.addColumn(measure, 'bigint', (col) => col.notNull().defaultTo(0));
  }
  await table
    .addPrimaryKeyConstraint('product_running_totals_pkey', ['store_id', 'product_id', 'business_date'])
    .modifyEnd(sql`without rowid`)
    .execute();
  const columns = sql.join(
    ['store_id', 'product_id', 'business_date', ...runningTotalMeasures].map((c) => sql.ref(c)),
  );
  await sql`insert into product_running_totals_keyed (${columns})
    select ${columns} from product_running_totals order by store_id, product_id, business_date`.execute(db);
  await db.schema.dropTable('product_running_totals').execute();
  await db.schema.alterTable('product_running_totals_keyed').renameTo('product_running_totals').execute();
}
