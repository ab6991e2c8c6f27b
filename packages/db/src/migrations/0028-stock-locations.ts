import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

type Tables = {
  stores: { id: string; created_at: number };
  stock_locations: {
    id: string;
    store_id: string;
    name: string;
    kind: string;
    active: number;
    created_at: number;
  };
};

/**
 * Stock locations (ADR 0014): a store keeps stock in one or more places (卖场 the sales floor, a
 * back room, a shelf for damaged goods); a warehouse is a store without registers.
 * - `stock_locations`: per store, exactly one `sales_floor` (what sales and refunds move) and any
 *   number of others (`storage`, `damaged`).
 * - `stock_levels` is on hand per location and product (was per store and product); the store is
 *   kept on the row. A store's levels are read location by location (a store has a few).
 * - `stock_movements` say which location they moved.
 * Every store gets its sales floor, named 卖场, and everything it had moves there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock_locations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('active', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('stock_locations_name_unique', ['store_id', 'name'])
    .execute();
  await db.schema
    .createIndex('stock_locations_sales_floor_unique')
    .on('stock_locations')
    .column('store_id')
    .unique()
    .where(sql.ref('kind'), '=', sql.lit('sales_floor'))
    .execute();
  const typed = db as unknown as Kysely<Tables>;
  const stores = await typed.selectFrom('stores').select(['id', 'created_at']).execute();
  for (const store of stores) {
    await typed
      .insertInto('stock_locations')
      .values({
        id: randomUUID(),
        store_id: store.id,
        name: '卖场',
        kind: 'sales_floor',
        active: 1,
        created_at: store.created_at,
      })
      .execute();
  }

  await db.schema
    .createTable('stock_levels_by_location')
    .addColumn('location_id', 'text', (col) => col.notNull().references('stock_locations.id'))
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('on_hand', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('reorder_point', 'bigint')
    .addPrimaryKeyConstraint('stock_levels_by_location_pkey', ['location_id', 'product_id'])
    .execute();
  await sql`insert into stock_levels_by_location
      (location_id, product_id, store_id, on_hand, updated_at, reorder_point)
    select l.id, s.product_id, s.store_id, s.on_hand, s.updated_at, s.reorder_point
    from stock_levels s join stock_locations l on l.store_id = s.store_id and l.kind = 'sales_floor'`.execute(
    db,
  );
  await db.schema.dropTable('stock_levels').execute();
  await db.schema.alterTable('stock_levels_by_location').renameTo('stock_levels').execute();

  await db.schema
    .createTable('stock_movements_by_location')
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('location_id', 'text', (col) => col.notNull().references('stock_locations.id'))
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id'))
    .addColumn('quantity', 'bigint', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('ref_id', 'text')
    .addColumn('unit_cost', 'bigint')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('staff_id', 'text')
    // Named apart from the old table's key, which exists until it is dropped (PostgreSQL).
    .addPrimaryKeyConstraint('stock_movements_id_pkey', ['id'])
    .execute();
  await sql`insert into stock_movements_by_location
      (id, store_id, location_id, product_id, quantity, reason, ref_id, unit_cost, created_at, staff_id)
    select m.id, m.store_id, l.id, m.product_id, m.quantity, m.reason, m.ref_id, m.unit_cost, m.created_at,
      m.staff_id
    from stock_movements m join stock_locations l on l.store_id = m.store_id and l.kind = 'sales_floor'`.execute(
    db,
  );
  await db.schema.dropTable('stock_movements').execute();
  await db.schema.alterTable('stock_movements_by_location').renameTo('stock_movements').execute();
  // As before: a product's ledger in a store (a location's is a part of it). No more indexes than
  // before either: every sale line writes a movement and a level.
  await db.schema
    .createIndex('stock_movements_store_product_idx')
    .on('stock_movements')
    .columns(['store_id', 'product_id'])
    .execute();
}
