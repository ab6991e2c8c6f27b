import type { ColumnType } from 'kysely';
import type { AlertsTable } from './schema-alerts';
import type { Defaulted, Flag, Immutable } from './schema-columns';
import type { DevicesTable, PairingCodesTable } from './schema-devices';
import type {
  PurchaseOrderLinesTable,
  PurchaseOrdersTable,
  SupplierProductsTable,
  SuppliersTable,
} from './schema-purchasing';
import type { QrPaymentsTable } from './schema-qr-payments';
import type { RegisterQuickKeysTable } from './schema-quick-keys';
import type { RefundLinesTable, RefundsTable, RefundTendersTable } from './schema-refunds';
import type {
  ProductRunningMarksTable,
  ProductRunningTotalsTable,
  SalesRollupsTable,
} from './schema-rollups';
import type { CashMovementsTable, ShiftsTable, ZReportsTable } from './schema-shifts';
import type {
  StockAdjustmentLinesTable,
  StockAdjustmentsTable,
  StockCountLinesTable,
  StockCountsTable,
  StockCountTalliesTable,
  StockLevelsTable,
  StockLocationsTable,
  StockMovementsTable,
  StockReceiptLinesTable,
  StockReceiptsTable,
  StockTransferLinesTable,
  StockTransfersTable,
} from './schema-stock';
import type { UnreceiptedReturnLinesTable, UnreceiptedReturnsTable } from './schema-unreceipted-returns';

export type { AlertsTable } from './schema-alerts';
export type { DevicesTable, PairingCodesTable } from './schema-devices';
export type {
  PurchaseOrderLinesTable,
  PurchaseOrdersTable,
  SupplierProductsTable,
  SuppliersTable,
} from './schema-purchasing';
export type { QrPaymentsTable } from './schema-qr-payments';
export type { RegisterQuickKeysTable } from './schema-quick-keys';
export type { RefundLinesTable, RefundsTable, RefundTendersTable } from './schema-refunds';
export type {
  ProductRunningMarksTable,
  ProductRunningTotalsTable,
  SalesRollupsTable,
} from './schema-rollups';
export type { CashMovementsTable, ShiftsTable, ZReportsTable } from './schema-shifts';
export type {
  StockAdjustmentKind,
  StockAdjustmentLinesTable,
  StockAdjustmentsTable,
  StockCountLinesTable,
  StockCountsTable,
  StockCountTalliesTable,
  StockLevelsTable,
  StockLocationKind,
  StockLocationsTable,
  StockMovementReason,
  StockMovementsTable,
  StockReceiptLinesTable,
  StockReceiptsTable,
  StockTransferLinesTable,
  StockTransfersTable,
} from './schema-stock';
export type { UnreceiptedReturnLinesTable, UnreceiptedReturnsTable } from './schema-unreceipted-returns';

/*
 * Row types as both dialects return them. Conventions (see docs/glossary.md, "Data"):
 * ids are text (UUIDv7 from where the fact is born unless noted), instants are epoch milliseconds,
 * money is integer minor units, quantities are integer thousandths, booleans are 0/1 integers.
 * Every `bigint` column reads back as a JS number (PostgreSQL's int8 parser is replaced in
 * postgres-database.ts), so values must stay within ±(2^53 − 1).
 */

export type { Flag } from './schema-columns';

export interface StoresTable {
  id: Immutable<string>;
  code: string;
  name: string;
  address: string | null;
  phone: string | null;
  currency: string;
  locale: string;
  time_zone: string;
  business_day_cutover_minutes: number;
  tax_mode: 'inclusive' | 'exclusive';
  tax_rounding: 'line' | 'receipt';
  tax_inclusive_target: 'net' | 'tax';
  rounding_mode: string;
  cash_rounding_increment: number;
  cash_rounding_mode: 'down' | 'half-up';
  /** JSON text. */
  scale_barcode_templates: string;
  receipt_footer: string | null;
  /** Where money for a return without a receipt goes: 'cash' or 'card'. */
  unreceipted_return_tender: Defaulted<'cash' | 'card'>;
  /** After how many hours offline a register alerts the owner. */
  register_offline_alert_hours: Defaulted<number>;
  /** JSON array of the alert kinds the store turned off (migration 0025). */
  alert_kinds_off: Defaulted<string>;
  /** Minor units: a shift close whose |variance| is above this alerts. */
  cash_variance_alert_threshold: Defaulted<number>;
  /** How many robust spreads make a cashier's day unusual, in tenths (35 = 3.5). */
  unusual_sensitivity_tenths: Defaulted<number>;
  /** A cashier's day with fewer refunds (voids, no-sales) than this is never unusual. */
  unusual_min_count: Defaulted<number>;
  journal_seq: Defaulted<number>;
  journal_head: Defaulted<string>;
  created_at: Immutable<number>;
}

export interface RegistersTable {
  id: Immutable<string>;
  store_id: Immutable<string>;
  code: string;
  name: string;
  next_receipt_seq: Defaulted<number>;
  /** 1 while the register is in training mode. */
  training: Defaulted<Flag>;
  /** The next training receipt's number (training sales are numbered apart). */
  next_training_seq: Defaulted<number>;
  /** JSON text: the receipt printer (see `Printer`), or null for the browser's print dialog. */
  printer_json: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON text: the store-local times ('HH:MM') its shifts are handed over at; '[]' for none. */
  handover_times_json: Defaulted<string>;
  active: Flag;
  created_at: Immutable<number>;
}

export interface RolesTable {
  /** A stable key such as 'owner' or 'cashier', or a custom role's key. */
  id: Immutable<string>;
  name: string;
}

export interface RolePermissionsTable {
  role_id: string;
  permission: string;
}

export interface StaffTable {
  id: Immutable<string>;
  username: string;
  display_name: string;
  role_id: string;
  password_hash: string | null;
  pin_hash: string | null;
  active: Flag;
  failed_logins: Defaulted<number>;
  locked_until: number | null;
  created_at: Immutable<number>;
}

export interface StaffStoresTable {
  staff_id: string;
  store_id: string;
}

export interface SessionsTable {
  /** SHA-256 hex of the bearer token; the token itself is never stored. */
  id: Immutable<string>;
  staff_id: Immutable<string>;
  register_id: string | null;
  /** The paired device a PIN session was started on; revoking it ends the session. */
  device_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Immutable<number>;
  expires_at: number;
  last_seen_at: number;
}

export interface CategoriesTable {
  id: Immutable<string>;
  name: string;
  parent_id: string | null;
  sort_order: number;
  color: string | null;
}

export interface TaxClassesTable {
  id: Immutable<string>;
  name: string;
  /** Parts per million: 13% = 130000. */
  rate_ppm: number;
}

export interface ProductsTable {
  id: Immutable<string>;
  sku: string;
  name: string;
  category_id: string | null;
  unit: 'piece' | 'kg';
  price: number;
  cost: number | null;
  tax_class_id: string;
  track_stock: Flag;
  /** 1 when the cashier types the price at the register (开放价格). */
  open_price: Defaulted<Flag>;
  /** The scale's PLU code; unique when present. */
  plu: string | null;
  active: Flag;
  created_at: Immutable<number>;
  updated_at: number;
}

export interface ProductBarcodesTable {
  /** Normalized GTIN. */
  barcode: string;
  product_id: string;
}

export interface SalesTable {
  id: Immutable<string>;
  store_id: string;
  register_id: string;
  staff_id: string;
  receipt_no: string;
  receipt_seq: number;
  currency: string;
  subtotal: number;
  discount_total: number;
  tax_total: number;
  net_total: number;
  total: number;
  cash_rounding: number;
  due_after_rounding: number;
  paid_total: number;
  change_total: number;
  /** JSON text. */
  ticket_discount_json: string | null;
  /** The register's clock. */
  created_at: number;
  /** The server's clock when the sale arrived. */
  recorded_at: number;
  /** 'YYYY-MM-DD' in the store's time zone after the business-day cut-over. */
  business_date: string;
  /** Hash of the client's request body: a retried push must match it exactly. */
  request_hash: string;
  line_count: number;
  /** The register's open shift the sale was made in; null only for sales recorded before shifts existed. */
  shift_id: string | null;
  /** 1 for a training sale: kept out of stock, shifts and reports. */
  training: Defaulted<Flag>;
  /** How many times the receipt went to a printer; from the second on, prints are copies. */
  receipt_prints: Defaulted<number>;
}

export interface SaleLinesTable {
  id: string;
  sale_id: string;
  line_no: number;
  product_id: string;
  sku: string;
  name: string;
  unit: 'piece' | 'kg';
  barcode: string | null;
  quantity: number;
  unit_price: number;
  gross: number;
  line_discount: number;
  ticket_discount: number;
  amount: number;
  net: number;
  tax: number;
  tax_rate_ppm: number;
  unit_cost: number | null;
  /** JSON text. */
  discount_json: string | null;
  /** The catalogue price when the cashier overrode `unit_price` (改价); null otherwise. */
  list_price: number | null;
}

export interface SaleTendersTable {
  id: string;
  sale_id: string;
  tender_no: number;
  kind: string;
  /** The part of the sale this tender pays. */
  amount: number;
  /** What the customer handed over (cash above `amount` is change). */
  tendered: number;
  reference: string | null;
  brand: string | null;
  last4: string | null;
}

export interface JournalEntriesTable {
  store_id: string;
  seq: number;
  kind: string;
  ref_id: string;
  at: number;
  /** Canonical JSON: the hash covers these exact bytes. */
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface EventsTable {
  /** Taken from the `events` counter, never a sequence: see event-repository.ts. */
  seq: number;
  store_id: string | null;
  type: string;
  ref_id: string | null;
  /** JSON text. */
  payload: string;
  created_at: number;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface AuditLogTable {
  id: string;
  at: number;
  staff_id: string | null;
  store_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** JSON text. */
  detail: string | null;
}

export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
}

/** A void before payment: one removed line ('line'), or a whole abandoned ticket ('ticket'). */
export interface VoidsTable {
  id: Immutable<string>;
  kind: 'line' | 'ticket';
  /** The ticket's id: the sale it became, or the abandoned ticket's own id. */
  ticket_id: string;
  store_id: string;
  register_id: string;
  shift_id: string;
  staff_id: string;
  at: number;
  line_count: number;
  /** Σ gross of the voided lines, in minor units. */
  amount: number;
  /** JSON text: the voided lines (product, quantity, unit price). */
  lines_json: string;
  reason: string;
}

/** A ticket parked (挂单) before payment; the row is deleted when the ticket is resumed. */
export interface ParkedTicketsTable {
  /** The ticket's id: the sale id it will have. */
  id: Immutable<string>;
  store_id: string;
  register_id: string;
  staff_id: string;
  parked_at: number;
  note: string;
  /** The total the register showed when parking (for the list; the sale is priced again). */
  total: number;
  /** JSON text: the lines, ticket discount and removed lines, as the register posts a sale. */
  ticket_json: string;
}

/** A manager's approval of one discount (up to `basis_points`) at a register; used by one sale. */
export interface DiscountApprovalsTable {
  id: Immutable<string>;
  store_id: string;
  register_id: string;
  /** Who asked: the staff member signed in at the register. */
  requested_by: string;
  approved_by: string;
  basis_points: number;
  created_at: number;
  expires_at: number;
  /** The sale that used it; null until then. */
  used_by_sale: string | null;
  /** The ticket (sale id to be) and the discount it is for: `ticket` or a line id. */
  ticket_id: string | null;
  target: string | null;
}

export interface Schema {
  stores: StoresTable;
  registers: RegistersTable;
  roles: RolesTable;
  role_permissions: RolePermissionsTable;
  staff: StaffTable;
  staff_stores: StaffStoresTable;
  sessions: SessionsTable;
  categories: CategoriesTable;
  tax_classes: TaxClassesTable;
  products: ProductsTable;
  product_barcodes: ProductBarcodesTable;
  sales: SalesTable;
  sale_lines: SaleLinesTable;
  sale_tenders: SaleTendersTable;
  stock_locations: StockLocationsTable;
  stock_levels: StockLevelsTable;
  stock_movements: StockMovementsTable;
  stock_adjustments: StockAdjustmentsTable;
  stock_adjustment_lines: StockAdjustmentLinesTable;
  stock_receipts: StockReceiptsTable;
  stock_receipt_lines: StockReceiptLinesTable;
  suppliers: SuppliersTable;
  supplier_products: SupplierProductsTable;
  purchase_orders: PurchaseOrdersTable;
  purchase_order_lines: PurchaseOrderLinesTable;
  stock_transfers: StockTransfersTable;
  stock_transfer_lines: StockTransferLinesTable;
  stock_counts: StockCountsTable;
  stock_count_lines: StockCountLinesTable;
  stock_count_tallies: StockCountTalliesTable;
  journal_entries: JournalEntriesTable;
  events: EventsTable;
  counters: CountersTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  shifts: ShiftsTable;
  cash_movements: CashMovementsTable;
  z_reports: ZReportsTable;
  voids: VoidsTable;
  parked_tickets: ParkedTicketsTable;
  discount_approvals: DiscountApprovalsTable;
  refunds: RefundsTable;
  refund_lines: RefundLinesTable;
  refund_tenders: RefundTendersTable;
  qr_payments: QrPaymentsTable;
  unreceipted_returns: UnreceiptedReturnsTable;
  unreceipted_return_lines: UnreceiptedReturnLinesTable;
  register_quick_keys: RegisterQuickKeysTable;
  alerts: AlertsTable;
  devices: DevicesTable;
  pairing_codes: PairingCodesTable;
  sales_rollups: SalesRollupsTable;
  product_running_totals: ProductRunningTotalsTable;
  product_running_marks: ProductRunningMarksTable;
}
