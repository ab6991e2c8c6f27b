/**
 * A write broke a unique constraint. `constraint` names which one in the repository's own words
 * (e.g. 'sku', 'barcode', 'plu' for products), the same on SQLite and PostgreSQL.
 *
 * On PostgreSQL the enclosing transaction is aborted by the failed statement: let it roll back.
 */
export class UniqueViolationError<C extends string = string> extends Error {
  override readonly name = 'UniqueViolationError';
  readonly constraint: C;

  constructor(constraint: C, options?: { cause?: unknown }) {
    super(`unique constraint violated: ${constraint}`, options);
    this.constraint = constraint;
  }
}

/**
 * Unique constraints by the name PostgreSQL reports, each with the column list SQLite reports
 * for it ("UNIQUE constraint failed: registers.store_id, registers.code").
 */
const sqliteColumnsByConstraint: Readonly<Record<string, string>> = {
  stores_pkey: 'stores.id',
  stores_code_unique: 'stores.code',
  registers_pkey: 'registers.id',
  registers_store_code_unique: 'registers.store_id, registers.code',
  roles_pkey: 'roles.id',
  staff_pkey: 'staff.id',
  staff_username_unique: 'staff.username',
  sessions_pkey: 'sessions.id',
  categories_pkey: 'categories.id',
  tax_classes_pkey: 'tax_classes.id',
  products_pkey: 'products.id',
  products_sku_unique: 'products.sku',
  products_plu_unique: 'products.plu',
  product_barcodes_pkey: 'product_barcodes.barcode',
  sales_pkey: 'sales.id',
  sales_receipt_no_unique: 'sales.receipt_no',
  sale_lines_pkey: 'sale_lines.id',
  sale_tenders_pkey: 'sale_tenders.id',
  stock_locations_pkey: 'stock_locations.id',
  stock_locations_name_unique: 'stock_locations.store_id, stock_locations.name',
  stock_movements_id_pkey: 'stock_movements.id',
  stock_adjustments_pkey: 'stock_adjustments.id',
  stock_receipts_pkey: 'stock_receipts.id',
  journal_entries_pkey: 'journal_entries.store_id, journal_entries.seq',
  events_pkey: 'events.seq',
  audit_log_pkey: 'audit_log.id',
  shifts_pkey: 'shifts.id',
  shifts_one_open_per_register: 'shifts.register_id',
  cash_movements_pkey: 'cash_movements.id',
  z_reports_pkey: 'z_reports.id',
  z_reports_register_date_unique: 'z_reports.register_id, z_reports.business_date',
  z_reports_register_no_unique: 'z_reports.register_id, z_reports.z_no',
  voids_pkey: 'voids.id',
  parked_tickets_pkey: 'parked_tickets.id',
  refunds_pkey: 'refunds.id',
  qr_payments_pkey: 'qr_payments.id',
  unreceipted_returns_pkey: 'unreceipted_returns.id',
  suppliers_pkey: 'suppliers.id',
  suppliers_name_unique: 'suppliers.name',
  purchase_orders_pkey: 'purchase_orders.id',
  stock_transfers_pkey: 'stock_transfers.id',
  stock_counts_pkey: 'stock_counts.id',
  stock_counts_one_open_per_location: 'stock_counts.location_id',
};

const constraintBySqliteColumns = new Map(
  Object.entries(sqliteColumnsByConstraint).map(([constraint, columns]) => [columns, constraint]),
);

const sqlitePrefix = 'UNIQUE constraint failed: ';

/**
 * The PostgreSQL-style name (e.g. 'products_sku_unique') of the unique or primary-key constraint
 * a driver error reports, or undefined when the error is not a unique violation.
 */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  // PostgreSQL's SQLSTATE for unique_violation; the constraint name does not depend on lc_messages.
  if (code === '23505' && typeof constraint === 'string') return constraint;
  if (
    (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') &&
    typeof message === 'string' &&
    message.startsWith(sqlitePrefix)
  ) {
    const columns = message.slice(sqlitePrefix.length);
    return constraintBySqliteColumns.get(columns) ?? columns;
  }
  return undefined;
}

/**
 * Runs a write and turns a violation of one of the `constraints` (PostgreSQL names → the
 * repository's words) into a {@link UniqueViolationError}; other errors pass through.
 */
export async function translateUniqueViolation<T, C extends string>(
  constraints: Readonly<Record<string, C>>,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const name = violatedUniqueConstraint(error);
    const constraint = name === undefined ? undefined : constraints[name];
    if (constraint !== undefined) throw new UniqueViolationError(constraint, { cause: error });
    throw error;
  }
}
