import type { PurchaseOrderStatus } from '@kassa/core';
import type { Flag, Immutable } from './schema-columns';

/** Who the merchant buys goods from (migration 0031). */
export interface SuppliersTable {
  id: Immutable<string>;
  name: string;
  contact: string;
  phone: string;
  email: string;
  lead_time_days: number;
  note: string;
  active: Flag;
  created_at: Immutable<number>;
  updated_at: number;
}

/** What a supplier sells of a product: its item number, cost per unit and pack (thousandths). */
export interface SupplierProductsTable {
  supplier_id: Immutable<string>;
  product_id: Immutable<string>;
  supplier_sku: string;
  unit_cost: number;
  pack_size: number;
  updated_at: number;
}

/** A purchase order (采购单) of a store to a supplier. */
export interface PurchaseOrdersTable {
  id: Immutable<string>;
  store_id: Immutable<string>;
  number: Immutable<number>;
  supplier_id: string;
  location_id: string;
  status: PurchaseOrderStatus;
  /** The business date the goods are expected (YYYY-MM-DD), null when not said. */
  expected_on: string | null;
  note: string;
  staff_id: Immutable<string>;
  created_at: Immutable<number>;
  updated_at: number;
  sent_at: number | null;
  closed_at: number | null;
  request_hash: Immutable<string>;
}

/** A line of a purchase order: thousandths ordered and received so far, cost per unit, pack size. */
export interface PurchaseOrderLinesTable {
  order_id: Immutable<string>;
  line_no: Immutable<number>;
  product_id: Immutable<string>;
  quantity: number;
  unit_cost: number;
  pack_size: number;
  received: number;
}
