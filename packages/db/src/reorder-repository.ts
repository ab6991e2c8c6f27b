import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** A product's reorder rule at a location (thousandths; null: none). */
export interface ReorderRule {
  reorderPoint: number | null;
  reorderQuantity: number | null;
}

/** What reordering a location needs to know of a product. */
export interface ReorderPosition extends ReorderRule {
  productId: string;
  onHand: number;
}

/** The cheapest terms an active supplier offers for a product. */
export interface SupplierOffer {
  productId: string;
  supplierId: string;
  supplierName: string;
  leadTimeDays: number;
  unitCost: number;
  packSize: number;
}

/** Reorder rules and what suggestions are made of: positions, goods on order, suppliers' offers. */
export interface ReorderRepository {
  /** Sets a product's rule at a location (a level of 0 on hand is made for a product never held there). */
  setRule(
    level: { storeId: string; locationId: string; productId: string },
    rule: ReorderRule,
    at: number,
  ): Promise<void>;
  /** Every stock-tracked, active product held at or with a rule at the location. */
  positions(locationId: string): Promise<ReorderPosition[]>;
  /** Per product, what open purchase orders (draft, sent, partly received) to the location still bring. */
  onOrder(locationId: string): Promise<Map<string, number>>;
  /** Per product, the active supplier offering it cheapest (then the shorter lead time, then by name). */
  bestOffers(productIds: readonly string[]): Promise<Map<string, SupplierOffer>>;
}

/** Reorder reads and rules on `db`, which may be a transaction. */
export function createReorderRepository(db: Kysely<Schema>): ReorderRepository {
  return {
    async setRule(level, rule, at) {
      const values = { reorder_point: rule.reorderPoint, reorder_quantity: rule.reorderQuantity };
      await db
        .insertInto('stock_levels')
        .values({
          location_id: level.locationId,
          product_id: level.productId,
          store_id: level.storeId,
          on_hand: 0,
          updated_at: at,
          ...values,
        })
        .onConflict((oc) => oc.columns(['location_id', 'product_id']).doUpdateSet(values))
        .execute();
    },
    async positions(locationId) {
      const rows = await db
        .selectFrom('stock_levels as s')
        .innerJoin('products as p', 'p.id', 's.product_id')
        .select(['s.product_id', 's.on_hand', 's.reorder_point', 's.reorder_quantity'])
        .where('s.location_id', '=', locationId)
        .where('p.track_stock', '=', 1)
        .where('p.active', '=', 1)
        .orderBy('p.sku')
        .execute();
      return rows.map((row) => ({
        productId: row.product_id,
        onHand: Number(row.on_hand),
        reorderPoint: row.reorder_point === null ? null : Number(row.reorder_point),
        reorderQuantity: row.reorder_quantity === null ? null : Number(row.reorder_quantity),
      }));
    },
    async onOrder(locationId) {
      const rows = await db
        .selectFrom('purchase_order_lines as l')
        .innerJoin('purchase_orders as o', 'o.id', 'l.order_id')
        .select(['l.product_id', 'l.quantity', 'l.received'])
        .where('o.location_id', '=', locationId)
        .where('o.status', 'in', ['draft', 'sent', 'partly_received'])
        .execute();
      const due = new Map<string, number>();
      for (const row of rows) {
        const still = Math.max(0, Number(row.quantity) - Number(row.received));
        due.set(row.product_id, (due.get(row.product_id) ?? 0) + still);
      }
      return due;
    },
    async bestOffers(productIds) {
      const offers = new Map<string, SupplierOffer>();
      for (let i = 0; i < productIds.length; i += 500) {
        const rows = await db
          .selectFrom('supplier_products as sp')
          .innerJoin('suppliers as s', 's.id', 'sp.supplier_id')
          .select([
            'sp.product_id',
            'sp.supplier_id',
            's.name',
            's.lead_time_days',
            'sp.unit_cost',
            'sp.pack_size',
          ])
          .where('s.active', '=', 1)
          .where('sp.product_id', 'in', productIds.slice(i, i + 500))
          .orderBy('sp.product_id')
          .orderBy('sp.unit_cost')
          .orderBy('s.lead_time_days')
          .orderBy('s.name')
          .execute();
        for (const row of rows) {
          if (offers.has(row.product_id)) continue;
          offers.set(row.product_id, {
            productId: row.product_id,
            supplierId: row.supplier_id,
            supplierName: row.name,
            leadTimeDays: row.lead_time_days,
            unitCost: Number(row.unit_cost),
            packSize: Number(row.pack_size),
          });
        }
      }
      return offers;
    },
  };
}
