import type { Kysely, Selectable } from 'kysely';
import type { Schema, StockLocationKind, StockLocationsTable } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** A place a store keeps stock (ADR 0014). */
export interface StockLocation {
  id: string;
  storeId: string;
  name: string;
  /** `sales_floor`: the one sales and refunds move, one per store. */
  kind: StockLocationKind;
  active: boolean;
  createdAt: number;
}

/** Stock locations; `create`/`rename` throw `UniqueViolationError<'name'>` on a name the store has. */
export interface StockLocationRepository {
  create(location: StockLocation): Promise<StockLocation>;
  get(id: string): Promise<StockLocation | undefined>;
  /** The stores' locations: by store, its sales floor first, then by name. */
  list(storeIds: readonly string[]): Promise<StockLocation[]>;
  update(
    id: string,
    patch: { name?: string | undefined; active?: boolean | undefined },
  ): Promise<StockLocation | undefined>;
}

const uniqueConstraints = { stock_locations_name_unique: 'name', stock_locations_pkey: 'id' } as const;

/** Stock locations on `db`, which may be a transaction. */
export function createStockLocationRepository(db: Kysely<Schema>): StockLocationRepository {
  const repository: StockLocationRepository = {
    async create(location) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .insertInto('stock_locations')
          .values({
            id: location.id,
            store_id: location.storeId,
            name: location.name,
            kind: location.kind,
            active: location.active ? 1 : 0,
            created_at: location.createdAt,
          })
          .execute(),
      );
      return location;
    },
    async get(id) {
      const row = await db.selectFrom('stock_locations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toLocation(row);
    },
    async list(storeIds) {
      if (storeIds.length === 0) return [];
      const rows = await db
        .selectFrom('stock_locations')
        .selectAll()
        .where('store_id', 'in', [...storeIds])
        .orderBy('store_id')
        .orderBy((eb) => eb.case().when('kind', '=', 'sales_floor').then(0).else(1).end())
        .orderBy('name')
        .execute();
      return rows.map(toLocation);
    },
    async update(id, patch) {
      if (patch.name === undefined && patch.active === undefined) return repository.get(id);
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .updateTable('stock_locations')
          .set({
            ...(patch.name === undefined ? {} : { name: patch.name }),
            ...(patch.active === undefined ? {} : { active: patch.active ? 1 : 0 }),
          })
          .where('id', '=', id)
          .execute(),
      );
      return repository.get(id);
    },
  };
  return repository;
}

function toLocation(row: Selectable<StockLocationsTable>): StockLocation {
  return {
    id: row.id,
    storeId: row.store_id,
    name: row.name,
    kind: row.kind,
    active: row.active === 1,
    createdAt: Number(row.created_at),
  };
}
