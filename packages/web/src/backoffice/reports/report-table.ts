import type { ExportCell, ExportColumnKind, ExportRow, ExportTable } from '../../shared/export/table-export';
import type { Format } from '../../shared/format/format';

/**
 * What a report screen shows under its chart, and exports: one model for the table on screen, the
 * CSV and the XLSX, so the three never disagree. The totals row is exported as the last row.
 */
export type ReportTable = ExportTable & {
  readonly currency: string;
  readonly totals?: ExportRow;
  /** Links a row's first cell to another screen (a sale, a product…), by row index. */
  readonly links?: readonly (string | null)[];
};

const quantityFormats = new Map<string, Intl.NumberFormat>();

/** A cell as text on screen: money in the currency, quantities in units, percentages, dates as given. */
export function formatCell(
  format: Format,
  kind: ExportColumnKind,
  value: ExportCell,
  currency: string,
): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'money':
      return format.money(value, currency);
    case 'percent':
      return format.percent(value);
    case 'quantity': {
      let numbers = quantityFormats.get(format.locale);
      if (!numbers) {
        numbers = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 3 });
        quantityFormats.set(format.locale, numbers);
      }
      // Display only: thousandths shown as units; the export keeps the exact integer.
      return numbers.format(value / 1000);
    }
    default:
      return String(value);
  }
}

/** The table as the CSV and XLSX writers take it: the totals row, if any, last. */
export function exportedTable(table: ReportTable): ExportTable {
  return {
    title: table.title,
    columns: table.columns,
    rows: table.totals ? [...table.rows, table.totals] : table.rows,
    currency: table.currency,
  };
}
