import { decimalText, guardFormula } from '@kassa/core';
import {
  type ExportColumn,
  type ExportOptions,
  type ExportRow,
  type ExportTable,
  readCell,
} from './table-export';

/** The MIME type for {@link toCsv}'s text (with `downloadFile`). */
export const CSV_MIME = 'text/csv;charset=utf-8';

// Excel guesses a CSV's encoding from the system code page (GBK on Chinese Windows) unless the file
// starts with a UTF-8 byte order mark: without it every Chinese label is mojibake.
const BOM = '\uFEFF';

// RFC 4180: a field with the delimiter, a quote or a line break is quoted, and its quotes doubled.
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function field(column: ExportColumn, row: ExportRow, options: ExportOptions): string {
  const cell = readCell(column, row);
  if (cell === null) return '';
  if (cell.type === 'text') return quote(guardFormula(cell.text));
  switch (column.kind) {
    case 'money':
      return decimalText(cell.value, options.currencyExponent);
    case 'quantity':
      return decimalText(cell.value, 3, true);
    case 'percent':
      // '10.5%': spreadsheets read it as the number 0.105 shown as a percentage.
      return `${decimalText(cell.value, 2, true)}%`;
    default:
      return String(cell.value);
  }
}

/**
 * The table as RFC 4180 CSV (comma, CRLF after every record, header first), prefixed with a UTF-8
 * BOM. Numbers are plain decimals with a point whatever the UI language: money '12.34' / '-0.50'
 * (JPY '1234'), quantities '0.35' / '2', percentages '10.5%'. Text is guarded against formulas.
 */
export function toCsv(table: ExportTable, options: ExportOptions): string {
  const header = table.columns.map((column) => quote(guardFormula(column.label)));
  const records = table.rows.map((row) => table.columns.map((column) => field(column, row, options)));
  return BOM + [header, ...records].map((record) => `${record.join(',')}\r\n`).join('');
}
