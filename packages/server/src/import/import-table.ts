import { err, ok, type Result } from '@kassa/core';
import {
  type CsvDelimiter,
  type CsvError,
  type CsvRecord,
  guessCsvDelimiter,
  readCsvRecords,
} from './csv-records';
import { decodeImportText, type ImportEncoding } from './import-text';
import { readXlsxRecords } from './xlsx-records';

/** The most data rows one import file may hold (the header not counted). */
export const MAX_IMPORT_ROWS = 200_000;
/** The most columns a record of an import file may have. */
export const MAX_IMPORT_COLUMNS = 200;

/** An uploaded CSV or XLSX file as a table: its header and its data rows, each with its line for messages. */
export type ImportTable = {
  readonly format: 'csv' | 'xlsx';
  /** The text encoding a CSV file was read in; null for XLSX. */
  readonly encoding: ImportEncoding | null;
  /** The delimiter a CSV file was read with (given or guessed); null for XLSX. */
  readonly delimiter: CsvDelimiter | null;
  /** The first record with any non-blank field, each field trimmed. */
  readonly header: string[];
  /**
   * The records after the header that have a non-blank field, fields as written: padded with ''
   * to the header's length, longer ones keep their extra fields (the caller reports them).
   */
  readonly rows: ImportRow[];
};

/** A data row of an {@link ImportTable}: its fields, and the line (CSV) or spreadsheet row (XLSX) it starts on. */
export type ImportRow = { readonly line: number; readonly fields: string[] };

/** Why an uploaded file cannot be read as a table; each says what a person needs to fix it. */
export type ImportTableError =
  /** No header: the file is empty, or holds only blank lines (or a byte-order mark). */
  | { readonly code: 'empty' }
  /** Neither CSV text nor an XLSX workbook (NUL bytes: an image, a PDF). */
  | { readonly code: 'not_text' }
  /** An Excel 97–2003 workbook (.xls): to be saved again as .xlsx or CSV. */
  | { readonly code: 'legacy_xls' }
  /** Text in none of the encodings read (UTF-8, UTF-16 with a byte-order mark, GBK/GB18030). */
  | { readonly code: 'unknown_encoding' }
  /** The CSV breaks at `line`: a quote never closed, or text after a closing quote. */
  | { readonly code: 'bad_csv'; readonly line: number; readonly detail: CsvError['code'] }
  /** A ZIP that is no workbook (a .docx, an .ods), or a workbook without its first sheet. */
  | { readonly code: 'not_xlsx'; readonly detail: 'not_zip' | 'no_workbook' | 'no_sheet' }
  /** A part of the workbook would inflate to more than `limit` bytes. */
  | { readonly code: 'too_large'; readonly part: string; readonly bytes: number; readonly limit: number }
  /** `rows` data rows, more than the `limit` of one file. */
  | { readonly code: 'too_many_rows'; readonly rows: number; readonly limit: number }
  /** The record at `line` has `columns` columns (for XLSX: a value in that column), past the `limit`. */
  | {
      readonly code: 'too_many_columns';
      readonly line: number;
      readonly columns: number;
      readonly limit: number;
    };

type Source = Pick<ImportTable, 'format' | 'encoding' | 'delimiter'>;

/**
 * Reads an uploaded import file as a table: an XLSX workbook's first sheet when the bytes are a ZIP,
 * else CSV text in the encoding {@link decodeImportText} finds, with the delimiter given or guessed.
 * Blank records (every field empty or spaces) are skipped, before the header and after it.
 */
export function readImportTable(
  bytes: Uint8Array,
  options: { readonly delimiter?: CsvDelimiter } = {},
): Result<ImportTable, ImportTableError> {
  if (startsWith(bytes, ZIP)) return xlsxTable(bytes);
  if (startsWith(bytes, OLE2)) return err({ code: 'legacy_xls' });
  const decoded = decodeImportText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  const delimiter = options.delimiter ?? guessCsvDelimiter(text);
  const read = readCsvRecords(text, delimiter);
  if (!read.ok) return err({ code: 'bad_csv', line: read.error.line, detail: read.error.code });
  return toTable(read.value, { format: 'csv', encoding, delimiter });
}

// 'PK\x03\x04': a ZIP's first local file header. An empty ZIP has none, and is no workbook anyway.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// The compound-file signature of Excel 97–2003 (and of .doc, which is no table either).
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function xlsxTable(bytes: Uint8Array): Result<ImportTable, ImportTableError> {
  // One record more than the data rows allowed: the header.
  const read = readXlsxRecords(bytes, { maxRows: MAX_IMPORT_ROWS + 1, maxColumns: MAX_IMPORT_COLUMNS });
  if (read.ok) return toTable(read.value, { format: 'xlsx', encoding: null, delimiter: null });
  if (read.error.code === 'too_many_rows') {
    return err({ code: 'too_many_rows', rows: read.error.rows - 1, limit: MAX_IMPORT_ROWS });
  }
  return read;
}

function toTable(records: readonly CsvRecord[], source: Source): Result<ImportTable, ImportTableError> {
  const [first, ...data] = records.filter((record) => record.fields.some((field) => field.trim() !== ''));
  if (!first) return err({ code: 'empty' });
  if (data.length > MAX_IMPORT_ROWS) {
    return err({ code: 'too_many_rows', rows: data.length, limit: MAX_IMPORT_ROWS });
  }
  const wide = [first, ...data].find((record) => record.fields.length > MAX_IMPORT_COLUMNS);
  if (wide) {
    const { line, fields } = wide;
    return err({ code: 'too_many_columns', line, columns: fields.length, limit: MAX_IMPORT_COLUMNS });
  }
  const header = first.fields.map((field) => field.trim());
  const rows = data.map(({ line, fields }) => {
    const padded = [...fields];
    while (padded.length < header.length) padded.push('');
    return { line, fields: padded };
  });
  return ok({ ...source, header, rows });
}
