import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** What report rows are keyed by and need a name for. */
export type LabelKind = 'product' | 'category' | 'staff' | 'register';

/** A shift open now, as the owner's home screen lists it. */
export interface OpenShiftRow {
  shiftId: string;
  storeId: string;
  registerId: string;
  registerName: string;
  staffName: string;
  openedAt: number;
}

/** A sale as the live ticker shows it. */
export interface RecentSaleRow {
  id: string;
  storeId: string;
  /** Null for a sale made without a register (through the API). */
  registerId: string | null;
  /** The register's code and name, '01 1号收银台'; empty without one. */
  registerName: string;
  receiptNo: string;
  total: number;
  lineCount: number;
  at: number;
}

/** An active product with its stock in the stores asked about (slow movers). */
export interface StockedProductRow {
  id: string;
  name: string;
  sku: string;
  unit: 'piece' | 'kg';
  cost: number | null;
  /** Thousandths, summed over the stores; 0 where no stock is kept. */
  onHand: number;
}

/** The reads of reports beyond the rollups: names for keys, and what is going on now. */
export interface ReportReads {
  /** Every active product, with its stock summed over the stores. */
  stockedProducts(storeIds: readonly string[]): Promise<StockedProductRow[]>;
  /** Names by id (products: name; registers: code and name); ids without a row are left out. */
  labels(kind: LabelKind, ids: readonly string[]): Promise<Map<string, string>>;
  /** Each product's category now (null for none). */
  productCategories(productIds: readonly string[]): Promise<Map<string, string | null>>;
  openShifts(storeIds: readonly string[]): Promise<OpenShiftRow[]>;
  /** The stores' latest non-training sales, newest first. */
  recentSales(storeIds: readonly string[], limit: number): Promise<RecentSaleRow[]>;
}

// Keeps `in (…)` lists under the bound-parameter limits.
const idsPerQuery = 500;

async function inChunks<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += idsPerQuery) {
    rows.push(...(await read(ids.slice(start, start + idsPerQuery))));
  }
  return rows;
}

/** Report reads on `db`. */
export function createReportReads(db: Kysely<Schema>): ReportReads {
  return {
    async stockedProducts(storeIds) {
      const products = await db
        .selectFrom('products')
        .select(['id', 'name', 'sku', 'unit', 'cost'])
        .where('active', '=', 1)
        .execute();
      const stock =
        storeIds.length === 0
          ? []
          : await db
              .selectFrom('stock_levels')
              .select(['product_id', (eb) => eb.fn.sum<string | number>('on_hand').as('on_hand')])
              .where('store_id', 'in', [...storeIds])
              .groupBy('product_id')
              .execute();
      const onHand = new Map(stock.map((row) => [row.product_id, Number(row.on_hand)]));
      return products.map((p) => ({ ...p, onHand: onHand.get(p.id) ?? 0 }));
    },
    async labels(kind, ids) {
      const rows = await inChunks(ids, async (chunk) => {
        switch (kind) {
          case 'product':
            return db
              .selectFrom('products')
              .select(['id', 'name as label'])
              .where('id', 'in', chunk)
              .execute();
          case 'category':
            return db
              .selectFrom('categories')
              .select(['id', 'name as label'])
              .where('id', 'in', chunk)
              .execute();
          case 'staff':
            return db
              .selectFrom('staff')
              .select(['id', 'display_name as label'])
              .where('id', 'in', chunk)
              .execute();
          case 'register': {
            const registers = await db
              .selectFrom('registers')
              .select(['id', 'code', 'name'])
              .where('id', 'in', chunk)
              .execute();
            return registers.map((r) => ({ id: r.id, label: `${r.code} ${r.name}` }));
          }
        }
      });
      return new Map(rows.map((row) => [row.id, row.label]));
    },
    async productCategories(productIds) {
      const rows = await inChunks(productIds, (chunk) =>
        db.selectFrom('products').select(['id', 'category_id']).where('id', 'in', chunk).execute(),
      );
      return new Map(rows.map((row) => [row.id, row.category_id]));
    },
    async openShifts(storeIds) {
      if (storeIds.length === 0) return [];
      const rows = await db
        .selectFrom('shifts')
        .innerJoin('registers', 'registers.id', 'shifts.register_id')
        .innerJoin('staff', 'staff.id', 'shifts.opened_by')
        .select([
          'shifts.id',
          'shifts.store_id',
          'shifts.register_id',
          'registers.code',
          'registers.name',
          'staff.display_name',
          'shifts.opened_at',
        ])
        .where('shifts.store_id', 'in', [...storeIds])
        .where('shifts.status', '=', 'open')
        .orderBy('registers.code')
        .execute();
      return rows.map((row) => ({
        shiftId: row.id,
        storeId: row.store_id,
        registerId: row.register_id,
        registerName: `${row.code} ${row.name}`,
        staffName: row.display_name,
        openedAt: row.opened_at,
      }));
    },
    async recentSales(storeIds, limit) {
      if (storeIds.length === 0) return [];
      const rows = await db
        .selectFrom('sales')
        .leftJoin('registers', 'registers.id', 'sales.register_id')
        .select([
          'sales.id',
          'sales.store_id',
          'sales.register_id',
          'registers.code',
          'registers.name',
          'sales.receipt_no',
          'sales.total',
          'sales.line_count',
          'sales.created_at',
        ])
        .where('sales.store_id', 'in', [...storeIds])
        .where('sales.training', '=', 0)
        .orderBy('sales.created_at', 'desc')
        .orderBy('sales.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        storeId: row.store_id,
        registerId: row.register_id,
        registerName: row.code === null ? '' : `${row.code} ${row.name ?? ''}`,
        receiptNo: row.receipt_no,
        total: row.total,
        lineCount: row.line_count,
        at: row.created_at,
      }));
    },
  };
}
