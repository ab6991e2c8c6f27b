/** How a column's values are stored and written. */
export type ExportColumnKind = 'text' | 'money' | 'quantity' | 'integer' | 'percent' | 'date';

/** One column: `key` into the rows, `label` already translated. */
export type ExportColumn = { readonly key: string; readonly label: string; readonly kind: ExportColumnKind };

/**
 * A cell: text and date cells are strings (dates already formatted, e.g. the business date
 * '2025-03-01'); money is integer minor units, quantity integer thousandths, percent basis points,
 * integer a count. `null` (or a missing key) is an empty cell.
 */
export type ExportCell = string | number | null;

export type ExportRow = Readonly<Record<string, ExportCell>>;

/** A report table as the CSV and XLSX writers take it. The writers never translate: labels come translated. */
export type ExportTable = {
  /** The report's title: the XLSX sheet name. */
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly ExportRow[];
  /** ISO code of the money columns, for the caller; the writers need only its exponent (options). */
  readonly currency?: string;
};

export type ExportOptions = {
  /** Decimal places of the money columns' currency: 2 for CNY, 0 for JPY (`currencyExponent` in core). */
  readonly currencyExponent: number;
};

/** A cell read against its column's kind. */
export type CellValue =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'number'; readonly value: number };

/**
 * Reads `row`'s cell for `column`: text for text and date columns, a safe integer for the others.
 * @throws TypeError when the value does not fit the column's kind (a programming error in the report).
 */
export function readCell(column: ExportColumn, row: ExportRow): CellValue | null {
  const value = row[column.key] ?? null;
  if (value === null) return null;
  if (column.kind === 'text' || column.kind === 'date') {
    if (typeof value !== 'string')
      throw new TypeError(`${column.key}: a ${column.kind} cell must be a string`);
    return { type: 'text', text: value };
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new TypeError(
      `${column.key}: a ${column.kind} cell must be an integer, got ${JSON.stringify(value)}`,
    );
  }
  return { type: 'number', value };
}
