import { err, ok, type Result } from '@kassa/core';
import { strFromU8, type Unzipped, unzipSync } from 'fflate';
import type { CsvRecord } from './csv-records';
import { attribute, decodeXmlText, scanXml, type XmlVisitor } from './xml-scan';

/** One row of a worksheet: its values as text, and its spreadsheet row number (`line`). */
export type XlsxRecord = CsvRecord;

/** Why a workbook cannot be read. */
export type XlsxError =
  /** Not a ZIP archive, no `xl/workbook.xml` in it (a .docx, an .ods), or its first sheet is missing. */
  | { readonly code: 'not_xlsx'; readonly detail: 'not_zip' | 'no_workbook' | 'no_sheet' }
  /** A part needed would inflate to more than `limit` bytes (as the archive declares it). */
  | { readonly code: 'too_large'; readonly part: string; readonly bytes: number; readonly limit: number }
  /** More than `limit` rows with a value; `rows` counts them all. */
  | { readonly code: 'too_many_rows'; readonly rows: number; readonly limit: number }
  /** A value in column `columns` (1-based) of row `line`, past the `limit`. */
  | {
      readonly code: 'too_many_columns';
      readonly line: number;
      readonly columns: number;
      readonly limit: number;
    };

/** How much of a workbook {@link readXlsxRecords} reads before refusing it. */
export type XlsxLimits = {
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly maxPartBytes: number;
};

/** 200,000 rows, Excel's 16,384 columns, 200 MB per inflated part. */
export const XLSX_LIMITS: XlsxLimits = { maxRows: 200_000, maxColumns: 16_384, maxPartBytes: 200 * 2 ** 20 };

/**
 * The rows of the first worksheet of an .xlsx workbook, each value as the text a person would type
 * back: shared, inline and rich-text strings; formulas' cached results; booleans as 'TRUE'/'FALSE';
 * errors (#N/A) as ''. Numbers keep the text the file stores ('12.5'), with exponent forms written
 * out ('1.0E-3' → '0.001'). Dates stay numbers (Excel's serial day, 45717 for 2025-03-01): a date
 * is only a number format in styles.xml, which is not read. A row holds values up to its last one,
 * gaps filled with ''; a row without any value is no record. Only the parts needed are inflated,
 * each after checking its declared size, so a ZIP bomb cannot exhaust memory.
 */
export function readXlsxRecords(
  bytes: Uint8Array,
  limits: Partial<XlsxLimits> = {},
): Result<XlsxRecord[], XlsxError> {
  const limit: XlsxLimits = { ...XLSX_LIMITS, ...limits };
  const book = unzipParts(bytes, [WORKBOOK, WORKBOOK_RELS, SHARED_STRINGS], limit.maxPartBytes);
  if (!book.ok) return book;
  const workbook = book.value[WORKBOOK];
  if (!workbook) return err({ code: 'not_xlsx', detail: 'no_workbook' });
  const rels = book.value[WORKBOOK_RELS];
  const sheetPath = firstSheetPath(strFromU8(workbook), rels && strFromU8(rels));
  const sheet = unzipParts(bytes, [sheetPath], limit.maxPartBytes);
  if (!sheet.ok) return sheet;
  const sheetXml = sheet.value[sheetPath];
  if (!sheetXml) return err({ code: 'not_xlsx', detail: 'no_sheet' });
  const shared = book.value[SHARED_STRINGS];
  return readSheet(strFromU8(sheetXml), shared ? readSharedStrings(strFromU8(shared)) : [], limit);
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

function unzipParts(
  bytes: Uint8Array,
  names: readonly string[],
  maxBytes: number,
): Result<Unzipped, XlsxError> {
  let tooLarge: XlsxError | null = null;
  try {
    const parts = unzipSync(bytes, {
      filter: (file) => {
        if (!names.includes(file.name)) return false;
        // fflate inflates into a buffer of the declared size and never grows it: checking the
        // declared size is enough to bound memory, whatever the deflate stream holds.
        if (file.originalSize > maxBytes) {
          tooLarge ??= { code: 'too_large', part: file.name, bytes: file.originalSize, limit: maxBytes };
          return false;
        }
        return file.compression === 0 || file.compression === 8;
      },
    });
    return tooLarge ? err(tooLarge) : ok(parts);
  } catch {
    return err({ code: 'not_xlsx', detail: 'not_zip' });
  }
}

function firstSheetPath(workbook: string, rels: string | undefined): string {
  let id: string | undefined;
  scanXml(workbook, {
    open: (name, attributes) => {
      if (name === 'sheet' && id === undefined) id = relationIdOf(attributes) ?? '';
    },
  });
  let target: string | undefined;
  if (id && rels) {
    scanXml(rels, {
      open: (name, attributes) => {
        if (name === 'Relationship' && target === undefined && idOf(attributes) === id)
          target = targetOf(attributes);
      },
    });
  }
  if (target === undefined) return 'xl/worksheets/sheet1.xml';
  // Targets are relative to xl/ ('worksheets/sheet1.xml') or absolute in the package ('/xl/…').
  const path = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') path.pop();
    else if (segment !== '' && segment !== '.') path.push(segment);
  }
  return path.join('/');
}

/** The text of a string item (`<si>`, `<is>`): its `<t>`, or its runs' `<t>`s, never phonetic runs (`<rPh>`). */
type StringItem = { parts: string[]; phonetic: number; inText: boolean };

function readStringItem(item: StringItem, name: string, opening: boolean, empty: boolean): void {
  if (name === 'rPh' && !empty) item.phonetic += opening ? 1 : -1;
  else if (name === 't') item.inText = opening && !empty && item.phonetic === 0;
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let item: StringItem | null = null;
  scanXml(xml, {
    open: (name, _, empty) => {
      if (name !== 'si') {
        if (item) readStringItem(item, name, true, empty);
      } else if (empty) strings.push('');
      else item = { parts: [], phonetic: 0, inText: false };
    },
    close: (name) => {
      if (item && name === 'si') {
        strings.push(unescapeOoxml(item.parts.join('')));
        item = null;
      } else if (item) readStringItem(item, name, false, false);
    },
    text: (raw, cdata) => {
      if (item?.inText) item.parts.push(cdata ? raw : decodeXmlText(raw));
    },
  });
  return strings;
}

function readSheet(
  xml: string,
  shared: readonly string[],
  limit: XlsxLimits,
): Result<XlsxRecord[], XlsxError> {
  const records: XlsxRecord[] = [];
  let rows = 0;
  // An array, not a `let`: TypeScript does not see assignments made inside the visitor's closures.
  const failures: XlsxError[] = [];
  let row: { line: number; fields: string[]; next: number } | null = null;
  let cell: { column: number; type: string; value: string; text: StringItem; inValue: boolean } | null = null;
  let lastLine = 0;
  const endCell = () => {
    if (!row || !cell) return;
    const value = cellText(cell.type, cell.value, unescapeOoxml(cell.text.parts.join('')), shared);
    if (value !== '') {
      if (cell.column >= limit.maxColumns) {
        failures.push({
          code: 'too_many_columns',
          line: row.line,
          columns: cell.column + 1,
          limit: limit.maxColumns,
        });
        return;
      }
      while (row.fields.length < cell.column) row.fields.push('');
      row.fields[cell.column] = value;
    }
    row.next = cell.column + 1;
    cell = null;
  };
  const endRow = () => {
    if (row && row.fields.length > 0 && ++rows <= limit.maxRows)
      records.push({ line: row.line, fields: row.fields });
    row = null;
  };
  const visitor: XmlVisitor = {
    open: (name, attributes, empty) => {
      if (name === 'row') {
        const line = Number.parseInt(refOf(attributes) ?? '', 10);
        lastLine = line > 0 ? line : lastLine + 1;
        row = { line: lastLine, fields: [], next: 0 };
        if (empty) endRow();
      } else if (name === 'c' && row) {
        const column = columnOf(refOf(attributes) ?? '') ?? row.next;
        const text = { parts: [], phonetic: 0, inText: false };
        cell = { column, type: typeOf(attributes) ?? 'n', value: '', text, inValue: false };
        if (empty) endCell();
      } else if (cell) {
        if (name === 'v') cell.inValue = !empty;
        else readStringItem(cell.text, name, true, empty);
      }
    },
    close: (name) => {
      if (name === 'row') endRow();
      else if (name === 'c') endCell();
      else if (cell && name === 'v') cell.inValue = false;
      else if (cell) readStringItem(cell.text, name, false, false);
    },
    text: (raw, cdata) => {
      if (cell?.inValue) cell.value += cdata ? raw : decodeXmlText(raw);
      else if (cell?.text.inText) cell.text.parts.push(cdata ? raw : decodeXmlText(raw));
    },
    stopped: () => failures.length > 0,
  };
  scanXml(xml, visitor);
  const [failure] = failures;
  if (failure) return err(failure);
  if (rows > limit.maxRows) return err({ code: 'too_many_rows', rows, limit: limit.maxRows });
  return ok(records);
}

function cellText(type: string, value: string, text: string, shared: readonly string[]): string {
  switch (type) {
    case 's':
      return shared[Number.parseInt(value, 10)] ?? '';
    case 'inlineStr':
      return text || value;
    case 'str':
      return unescapeOoxml(value);
    case 'b':
      return value === '' ? '' : value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    case 'n':
      return plainNumber(value.trim());
    default:
      return value;
  }
}

/**
 * '1.0E-3' → '0.001', '1.2345E+5' → '123450', by moving the decimal point in the digits (no float
 * noise); other text, and exponents beyond ±30, as they are.
 */
export function plainNumber(text: string): string {
  const match = /^([+-]?)(\d+)(?:\.(\d*))?[eE]([+-]?\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = ''] = match;
  const exponent = Number.parseInt(exponentText, 10);
  if (Math.abs(exponent) > 30) return text;
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const decimals = padded.slice(at).replace(/0+$/, '');
  const plain = decimals ? `${integer}.${decimals}` : integer;
  return sign === '-' && /[1-9]/.test(plain) ? `-${plain}` : plain;
}

/** 'A' → 0, 'AA' → 26, 'C7' → 2; undefined without letters. */
function columnOf(ref: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper-cased
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return i === 0 ? undefined : column - 1;
}

const refOf = attribute('r');
const typeOf = attribute('t');
const idOf = attribute('Id');
const targetOf = attribute('Target');
// The relationships namespace prefix is 'r' by convention only.
const relationIdOf = attribute('[\\w.-]+:id');

// QUIRK(xlsx-escape): OOXML strings write characters XML cannot carry as `_xHHHH_` (a CR is
// '_x000D_'), and a literal '_x0041_' as '_x005F_x0041_'; Excel decodes them, so do we.
function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
