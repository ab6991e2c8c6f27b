import type { StockTransferStatus } from '@kassa/core';
import type { Defaulted, Flag, Immutable } from './schema-columns';

/** What a stock location is for (ADR 0014). */
export type StockLocationKind = 'sales_floor' | 'storage' | 'warehouse' | 'damaged';

/** A place a store keeps stock (migration 0028); exactly one `sales_floor` per store. */
export interface StockLocationsTable {
  id: Immutable<string>;
  store_id: Immutable<string>;
  name: string;
  kind: Immutable<StockLocationKind>;
  active: Flag;
  created_at: Immutable<number>;
}

/** On hand of a product at a location (per location since migration 0028). */
export interface StockLevelsTable {
  location_id: string;
  product_id: string;
  /** The location's store. */
  store_id: string;
  on_hand: number;
  updated_at: number;
  /** Thousandths: a sale taking on hand below it alerts (`low_stock`); null for none (migration 0025). */
  reorder_point: Defaulted<number | null>;
  /** Thousandths to order when on hand falls to the reorder point; null for none (migration 0034). */
  reorder_quantity: Defaulted<number | null>;
}

/** Why stock moved. */
export type StockMovementReason =
  | 'sale'
  | 'refund'
  | 'write_off'
  | 'adjustment'
  | 'opening'
  | 'receipt'
  | 'transfer_out'
  | 'transfer_in'
  | 'count';

/** The stock ledger: one signed change of a product at a location. */
export interface StockMovementsTable {
  id: string;
  store_id: string;
  location_id: string;
  product_id: string;
  /** Signed thousandths. */
  quantity: number;
  reason: StockMovementReason;
  ref_id: string | null;
  unit_cost: number | null;
  created_at: number;
  staff_id: string | null;
}

/** What a stock adjustment does: writes goods off (报损), or corrects the count either way. */
export type StockAdjustmentKind = 'write_off' | 'correction';

/** A stock adjustment made by hand, with its reason (migration 0029). */
export interface StockAdjustmentsTable {
  id: Immutable<string>;
  store_id: Immutable<string>;
  location_id: Immutable<string>;
  kind: Immutable<StockAdjustmentKind>;
  reason: Immutable<string>;
  staff_id: Immutable<string>;
  created_at: Immutable<number>;
  /** SHA-256 of the request: the same id with another body is refused. */
  request_hash: Immutable<string>;
}

/** A line of a stock adjustment: the signed quantity (thousandths) its movement booked. */
export interface StockAdjustmentLinesTable {
  adjustment_id: Immutable<string>;
  line_no: Immutable<number>;
  product_id: Immutable<string>;
  quantity: Immutable<number>;
}

/** Goods received at a location (migration 0030). */
export interface StockReceiptsTable {
  id: Immutable<string>;
  store_id: Immutable<string>;
  location_id: Immutable<string>;
  /** Who delivered, in words ('' when not said). */
  supplier: Immutable<string>;
  /** The delivery note's number ('' when none). */
  reference: Immutable<string>;
  /** The kept supplier who delivered, and the order delivered against (migration 0031). */
  supplier_id: Immutable<string | null>;
  purchase_order_id: Immutable<string | null>;
  staff_id: Immutable<string>;
  created_at: Immutable<number>;
  request_hash: Immutable<string>;
}

/** A line of a receipt: quantity (thousandths), its unit cost and the product's cost before and after. */
export interface StockReceiptLinesTable {
  receipt_id: Immutable<string>;
  line_no: Immutable<number>;
  product_id: Immutable<string>;
  quantity: Immutable<number>;
  unit_cost: Immutable<number>;
  cost_before: Immutable<number | null>;
  cost_after: Immutable<number>;
}

/** A transfer (调拨) between two locations, of one store or two (migration 0032). */
export interface StockTransfersTable {
  id: Immutable<string>;
  number: Immutable<number>;
  status: StockTransferStatus;
  from_store_id: Immutable<string>;
  from_location_id: Immutable<string>;
  to_store_id: Immutable<string>;
  to_location_id: Immutable<string>;
  note: Immutable<string>;
  requested_by: Immutable<string>;
  requested_at: Immutable<number>;
  approved_by: string | null;
  approved_at: number | null;
  shipped_by: string | null;
  shipped_at: number | null;
  received_by: string | null;
  received_at: number | null;
  request_hash: Immutable<string>;
}

/** A line of a transfer: thousandths requested, shipped and received, and the cost it moved at. */
export interface StockTransferLinesTable {
  transfer_id: Immutable<string>;
  line_no: Immutable<number>;
  product_id: Immutable<string>;
  requested: Immutable<number>;
  shipped: number | null;
  received: number | null;
  unit_cost: number | null;
}

/** A stock count (盘点) of a location, all of it or one category (migration 0033). */
export interface StockCountsTable {
  id: Immutable<string>;
  number: Immutable<number>;
  store_id: Immutable<string>;
  location_id: Immutable<string>;
  category_id: Immutable<string | null>;
  blind: Immutable<Flag>;
  note: Immutable<string>;
  status: 'counting' | 'posted' | 'cancelled';
  started_by: Immutable<string>;
  started_at: Immutable<number>;
  posted_by: string | null;
  posted_at: number | null;
  request_hash: Immutable<string>;
}

/** A product in a count: on hand when first counted, and the difference posted (null until then). */
export interface StockCountLinesTable {
  count_id: Immutable<string>;
  product_id: Immutable<string>;
  expected: number;
  snapshot_at: number;
  posted: number | null;
}

/** One counter's whole quantity of a product in a count. */
export interface StockCountTalliesTable {
  count_id: Immutable<string>;
  product_id: Immutable<string>;
  staff_id: Immutable<string>;
  quantity: number;
  counted_at: number;
}
