import type { Kysely, Selectable } from 'kysely';
import { containsText } from './contains-text';
import type { Schema, SuppliersTable } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** Who the merchant buys goods from; shared by its stores. */
export interface Supplier {
  id: string;
  name: string;
  contact: string;
  phone: string;
  email: string;
  /** Days from ordering to delivery. */
  leadTimeDays: number;
  note: string;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

/** What may change about a supplier. */
export type SupplierPatch = {
  [K in keyof Omit<Supplier, 'id' | 'createdAt' | 'updatedAt'>]?: Supplier[K] | undefined;
};

/** What a supplier sells of a product, with the product's SKU, name and unit to show it by. */
export interface SupplierProduct {
  supplierId: string;
  productId: string;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  supplierSku: string;
  /** Minor units per unit (piece or kg). */
  unitCost: number;
  /** Thousandths of the unit per pack. */
  packSize: number;
  updatedAt: number;
}

/** Suppliers; `create`/`update` throw `UniqueViolationError<'name'>` on a name another has. */
export interface SupplierRepository {
  create(supplier: Supplier): Promise<Supplier>;
  get(id: string): Promise<Supplier | undefined>;
  /** By name; `query` finds a name, contact or phone containing it. */
  list(options: { query?: string | undefined; includeInactive: boolean }): Promise<Supplier[]>;
  update(id: string, patch: SupplierPatch, updatedAt: number): Promise<Supplier | undefined>;
  /** What a supplier sells, by SKU. */
  listProducts(supplierId: string): Promise<SupplierProduct[]>;
  getProduct(supplierId: string, productId: string): Promise<SupplierProduct | undefined>;
  setProduct(
    entry: Pick<
      SupplierProduct,
      'supplierId' | 'productId' | 'supplierSku' | 'unitCost' | 'packSize' | 'updatedAt'
    >,
  ): Promise<void>;
  removeProduct(supplierId: string, productId: string): Promise<void>;
}

const uniqueConstraints = { suppliers_name_unique: 'name', suppliers_pkey: 'id' } as const;

/** Suppliers on `db`, which may be a transaction. */
export function createSupplierRepository(db: Kysely<Schema>): SupplierRepository {
  const products = db
    .selectFrom('supplier_products as sp')
    .innerJoin('products as p', 'p.id', 'sp.product_id')
    .select([
      'sp.supplier_id',
      'sp.product_id',
      'p.sku',
      'p.name',
      'p.unit',
      'sp.supplier_sku',
      'sp.unit_cost',
      'sp.pack_size',
      'sp.updated_at',
    ]);
  const repository: SupplierRepository = {
    async create(supplier) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .insertInto('suppliers')
          .values({
            id: supplier.id,
            name: supplier.name,
            contact: supplier.contact,
            phone: supplier.phone,
            email: supplier.email,
            lead_time_days: supplier.leadTimeDays,
            note: supplier.note,
            active: supplier.active ? 1 : 0,
            created_at: supplier.createdAt,
            updated_at: supplier.updatedAt,
          })
          .execute(),
      );
      return supplier;
    },
    async get(id) {
      const row = await db.selectFrom('suppliers').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSupplier(row);
    },
    async list({ query, includeInactive }) {
      let select = db.selectFrom('suppliers').selectAll().orderBy('name').orderBy('id');
      if (!includeInactive) select = select.where('active', '=', 1);
      if (query) {
        select = select.where((eb) =>
          eb.or((['name', 'contact', 'phone'] as const).map((column) => containsText(eb.ref(column), query))),
        );
      }
      return (await select.execute()).map(toSupplier);
    },
    async update(id, patch, updatedAt) {
      await translateUniqueViolation(uniqueConstraints, () =>
        db
          .updateTable('suppliers')
          .set({
            ...(patch.name === undefined ? {} : { name: patch.name }),
            ...(patch.contact === undefined ? {} : { contact: patch.contact }),
            ...(patch.phone === undefined ? {} : { phone: patch.phone }),
            ...(patch.email === undefined ? {} : { email: patch.email }),
            ...(patch.leadTimeDays === undefined ? {} : { lead_time_days: patch.leadTimeDays }),
            ...(patch.note === undefined ? {} : { note: patch.note }),
            ...(patch.active === undefined ? {} : { active: patch.active ? 1 : 0 }),
            updated_at: updatedAt,
          })
          .where('id', '=', id)
          .execute(),
      );
      return repository.get(id);
    },
    async listProducts(supplierId) {
      const rows = await products.where('sp.supplier_id', '=', supplierId).orderBy('p.sku').execute();
      return rows.map(toSupplierProduct);
    },
    async getProduct(supplierId, productId) {
      const row = await products
        .where('sp.supplier_id', '=', supplierId)
        .where('sp.product_id', '=', productId)
        .executeTakeFirst();
      return row && toSupplierProduct(row);
    },
    async setProduct(entry) {
      const terms = {
        supplier_sku: entry.supplierSku,
        unit_cost: entry.unitCost,
        pack_size: entry.packSize,
        updated_at: entry.updatedAt,
      };
      await db
        .insertInto('supplier_products')
        .values({ supplier_id: entry.supplierId, product_id: entry.productId, ...terms })
        .onConflict((oc) => oc.columns(['supplier_id', 'product_id']).doUpdateSet(terms))
        .execute();
    },
    async removeProduct(supplierId, productId) {
      await db
        .deleteFrom('supplier_products')
        .where('supplier_id', '=', supplierId)
        .where('product_id', '=', productId)
        .execute();
    },
  };
  return repository;
}

function toSupplier(row: Selectable<SuppliersTable>): Supplier {
  return {
    id: row.id,
    name: row.name,
    contact: row.contact,
    phone: row.phone,
    email: row.email,
    leadTimeDays: row.lead_time_days,
    note: row.note,
    active: row.active === 1,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function toSupplierProduct(row: {
  supplier_id: string;
  product_id: string;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  supplier_sku: string;
  unit_cost: number;
  pack_size: number;
  updated_at: number;
}): SupplierProduct {
  return {
    supplierId: row.supplier_id,
    productId: row.product_id,
    sku: row.sku,
    name: row.name,
    unit: row.unit,
    supplierSku: row.supplier_sku,
    unitCost: Number(row.unit_cost),
    packSize: Number(row.pack_size),
    updatedAt: Number(row.updated_at),
  };
}
