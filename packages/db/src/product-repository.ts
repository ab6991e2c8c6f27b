import type { Kysely, Selectable } from 'kysely';
import { containsText } from './contains-text';
import { inTransaction } from './in-transaction';
import type { ProductsTable, Schema } from './schema';
import { translateUniqueViolation } from './unique-violation';

/** Fields of a product that the back office edits. */
export interface ProductFields {
  sku: string;
  name: string;
  categoryId: string | null;
  unit: 'piece' | 'kg';
  /** Minor units per piece, or per kg for weighed goods. */
  price: number;
  cost: number | null;
  taxClassId: string;
  trackStock: boolean;
  /** The price is typed at the register (开放价格); `price` is then only a suggestion. */
  openPrice?: boolean;
  /** The scale's PLU code, unique when present. */
  plu: string | null;
  active: boolean;
  /** Normalized GTINs, each unique across products. */
  barcodes: string[];
}

/** A product of the catalogue. */
export interface Product extends ProductFields {
  id: string;
  createdAt: number;
  updatedAt: number;
}

/** What creating a product needs; `updatedAt` starts at `createdAt`. */
export interface NewProduct extends ProductFields {
  id: string;
  createdAt: number;
}

/** Which unique product key a write collided with. */
export type ProductUniqueConstraint = 'sku' | 'barcode' | 'plu';

/** Where a search page ended: pass it back as `after` for the next page. */
export interface ProductCursor {
  name: string;
  id: string;
}

/** One page of search results. */
export interface ProductPage {
  items: Product[];
  /** Undefined on the last page. */
  next: ProductCursor | undefined;
}

/** Options of {@link ProductRepository.search}. */
export interface ProductSearch {
  /** Page size, 1 to 500. */
  limit: number;
  after?: ProductCursor;
  includeInactive?: boolean;
}

/**
 * The catalogue. `create` and `update` throw `UniqueViolationError<ProductUniqueConstraint>`
 * when the sku, a barcode or the PLU belongs to another product.
 */
export interface ProductRepository {
  create(product: NewProduct): Promise<Product>;
  /**
   * Creates many products at once (an import), in multi-row inserts; the caller holds the
   * transaction and has checked SKUs and barcodes are free.
   */
  createMany(products: readonly NewProduct[]): Promise<void>;
  /**
   * Locks the products' rows until the transaction ends, in id order: two receipts of a product
   * move its moving-average cost one after the other.
   */
  lock(ids: readonly string[]): Promise<void>;
  /** Changes the given fields; `barcodes`, when given, replaces the whole list. */
  update(id: string, patch: Partial<ProductFields>, updatedAt: number): Promise<Product | undefined>;
  /** Takes a product off sale; it stays referenced by past sales and stock. */
  deactivate(id: string, updatedAt: number): Promise<void>;
  get(id: string): Promise<Product | undefined>;
  getBySku(sku: string): Promise<Product | undefined>;
  getByPlu(plu: string): Promise<Product | undefined>;
  getByBarcode(barcode: string): Promise<Product | undefined>;
  /** Products whose name or sku contains `query` (case-insensitive for ASCII), by name then id. */
  search(query: string, options: ProductSearch): Promise<ProductPage>;
  /** Every active product, by name then id: the catalogue snapshot registers download. */
  listActive(): Promise<Product[]>;
}

const uniqueConstraints = {
  products_sku_unique: 'sku',
  products_plu_unique: 'plu',
  product_barcodes_pkey: 'barcode',
} as const satisfies Record<string, ProductUniqueConstraint>;

const maxPageSize = 500;

/** Products on `db`, which may be a transaction. */
export function createProductRepository(db: Kysely<Schema>): ProductRepository {
  const withBarcodes = async (rows: Selectable<ProductsTable>[]): Promise<Product[]> => {
    if (rows.length === 0) return [];
    const barcodes = await db
      .selectFrom('product_barcodes')
      .select(['barcode', 'product_id'])
      .where(
        'product_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('barcode')
      .execute();
    const byProduct = barcodesByProduct(barcodes);
    return rows.map((row) => toProduct(row, byProduct.get(row.id) ?? []));
  };

  const findOne = async (column: 'id' | 'sku' | 'plu', value: string) => {
    const row = await db.selectFrom('products').selectAll().where(column, '=', value).executeTakeFirst();
    return row ? (await withBarcodes([row]))[0] : undefined;
  };

  // SQLite binds at most 32,766 parameters a statement: 13 columns × 500 rows stays well under.
  const insertMany = async (products: readonly NewProduct[]) => {
    for (let i = 0; i < products.length; i += 500) {
      const chunk = products.slice(i, i + 500);
      await db
        .insertInto('products')
        .values(chunk.map((p) => ({ id: p.id, created_at: p.createdAt, ...toRow(p, p.createdAt) })))
        .execute();
      const barcodes = chunk.flatMap((p) => p.barcodes.map((barcode) => ({ barcode, product_id: p.id })));
      for (let j = 0; j < barcodes.length; j += 1000) {
        await db
          .insertInto('product_barcodes')
          .values(barcodes.slice(j, j + 1000))
          .execute();
      }
    }
  };
  const writeBarcodes = async (trx: Kysely<Schema>, productId: string, barcodes: readonly string[]) => {
    await trx.deleteFrom('product_barcodes').where('product_id', '=', productId).execute();
    const unique = [...new Set(barcodes)];
    if (unique.length === 0) return;
    await trx
      .insertInto('product_barcodes')
      .values(unique.map((barcode) => ({ barcode, product_id: productId })))
      .execute();
  };

  const repository: ProductRepository = {
    async create(product) {
      await translateUniqueViolation(uniqueConstraints, () =>
        inTransaction(db, async (trx) => {
          await trx
            .insertInto('products')
            .values({ id: product.id, created_at: product.createdAt, ...toRow(product, product.createdAt) })
            .execute();
          await writeBarcodes(trx, product.id, product.barcodes);
        }),
      );
      return mustGet(product.id);
    },
    async createMany(products) {
      await translateUniqueViolation(uniqueConstraints, () => insertMany(products));
    },
    async update(id, patch, updatedAt) {
      const current = await repository.get(id);
      if (!current) return undefined;
      await translateUniqueViolation(uniqueConstraints, () =>
        inTransaction(db, async (trx) => {
          await trx
            .updateTable('products')
            .set(toRow({ ...current, ...patch }, updatedAt))
            .where('id', '=', id)
            .execute();
          if (patch.barcodes) await writeBarcodes(trx, id, patch.barcodes);
        }),
      );
      return mustGet(id);
    },
    async deactivate(id, updatedAt) {
      await db
        .updateTable('products')
        .set({ active: 0, updated_at: updatedAt })
        .where('id', '=', id)
        .execute();
    },
    async lock(ids) {
      for (const id of [...new Set(ids)].sort()) {
        await db
          .updateTable('products')
          .set((eb) => ({ cost: eb.ref('cost') }))
          .where('id', '=', id)
          .execute();
      }
    },
    get: (id) => findOne('id', id),
    getBySku: (sku) => findOne('sku', sku),
    getByPlu: (plu) => findOne('plu', plu),
    async getByBarcode(barcode) {
      const row = await db
        .selectFrom('product_barcodes')
        .select('product_id')
        .where('barcode', '=', barcode)
        .executeTakeFirst();
      return row && findOne('id', row.product_id);
    },
    async search(query, options) {
      const limit = Math.min(Math.max(Math.trunc(options.limit), 1), maxPageSize);
      const after = options.after;
      let select = db
        .selectFrom('products')
        .selectAll()
        .where((eb) => eb.or([containsText(eb.ref('name'), query), containsText(eb.ref('sku'), query)]))
        .orderBy('name')
        .orderBy('id')
        .limit(limit + 1);
      if (!options.includeInactive) select = select.where('active', '=', 1);
      if (after) {
        select = select.where((eb) =>
          eb.or([
            eb('name', '>', after.name),
            eb.and([eb('name', '=', after.name), eb('id', '>', after.id)]),
          ]),
        );
      }
      const rows = await select.execute();
      const items = await withBarcodes(rows.slice(0, limit));
      const last = items.at(-1);
      return { items, next: rows.length > limit && last ? { name: last.name, id: last.id } : undefined };
    },
    async listActive() {
      const rows = await db
        .selectFrom('products')
        .selectAll()
        .where('active', '=', 1)
        .orderBy('name')
        .orderBy('id')
        .execute();
      // A join, not `IN (…ids)`: a large catalogue would exceed the bound-parameter limit.
      const barcodes = await db
        .selectFrom('product_barcodes')
        .innerJoin('products', 'products.id', 'product_barcodes.product_id')
        .select(['product_barcodes.barcode', 'product_barcodes.product_id'])
        .where('products.active', '=', 1)
        .orderBy('product_barcodes.barcode')
        .execute();
      const byProduct = barcodesByProduct(barcodes);
      return rows.map((row) => toProduct(row, byProduct.get(row.id) ?? []));
    },
  };

  const mustGet = async (id: string): Promise<Product> => {
    const product = await repository.get(id);
    if (!product) throw new Error(`product ${id} vanished after write`);
    return product;
  };

  return repository;
}

function barcodesByProduct(rows: readonly { barcode: string; product_id: string }[]): Map<string, string[]> {
  const byProduct = new Map<string, string[]>();
  for (const row of rows) {
    const list = byProduct.get(row.product_id);
    if (list) list.push(row.barcode);
    else byProduct.set(row.product_id, [row.barcode]);
  }
  return byProduct;
}

function toRow(fields: ProductFields, updatedAt: number) {
  return {
    sku: fields.sku,
    name: fields.name,
    category_id: fields.categoryId,
    unit: fields.unit,
    price: fields.price,
    cost: fields.cost,
    tax_class_id: fields.taxClassId,
    track_stock: fields.trackStock ? (1 as const) : (0 as const),
    open_price: fields.openPrice ? (1 as const) : (0 as const),
    plu: fields.plu,
    active: fields.active ? (1 as const) : (0 as const),
    updated_at: updatedAt,
  };
}

/** A product row and its barcodes as the catalogue has it (for readers of product rows elsewhere). */
export function toProduct(row: Selectable<ProductsTable>, barcodes: string[]): Product {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    categoryId: row.category_id,
    unit: row.unit,
    price: row.price,
    cost: row.cost,
    taxClassId: row.tax_class_id,
    trackStock: row.track_stock === 1,
    openPrice: row.open_price === 1,
    plu: row.plu,
    active: row.active === 1,
    barcodes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
