import { decimalText, guardFormula, textWidth } from '@kassa/core';
import { strToU8, zipSync } from 'fflate';
import { sheetName } from './sheet-name';
import {
  type ExportColumn,
  type ExportColumnKind,
  type ExportOptions,
  type ExportRow,
  type ExportTable,
  readCell,
} from './table-export';
import { escapeXml } from './xml-text';

/** The MIME type for {@link toXlsx}'s bytes (with `downloadFile`). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OOXML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${OOXML}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${OOXML}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${OOXML}.styles+xml"/></Types>`;
const ROOT_RELS = `${XML}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `${XML}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOC_RELS}/styles" Target="styles.xml"/></Relationships>`;

/** Index into styles.xml's cellXfs (0 is the default, 1 the bold header). */
const STYLE: Record<ExportColumnKind, number> = {
  text: 0,
  date: 0,
  money: 2,
  integer: 3,
  quantity: 4,
  percent: 5,
};
const HEADER_STYLE = 1;

function stylesXml(currencyExponent: number): string {
  const money = currencyExponent > 0 ? `#,##0.${'0'.repeat(currencyExponent)}` : '#,##0';
  const xf = (numFmtId: number, fontId = 0) =>
    `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}/>`;
  // Built-in number formats: 3 is '#,##0', 10 is '0.00%'; 164 and up are ours.
  return `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="${money}"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6">${xf(0)}${xf(0, 1)}${xf(164)}${xf(3)}${xf(165)}${xf(10)}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// Inline strings keep the writer to one part (no shared-string table) and are never evaluated.
// QUIRK(xlsx-escape): Excel decodes `_xHHHH_` in any string as that UTF-16 unit (OOXML's escape for
// control characters), so a literal '_x0041_' has its underscore written as '_x005F_'.
function inlineString(ref: string, text: string, style: number): string {
  const literal = guardFormula(text).replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
  const s = style ? ` s="${style}"` : '';
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${escapeXml(literal)}</t></is></c>`;
}

// The stored number: decimal text built from the integer, so 1234 fen is exactly '12.34'.
function numberText(kind: ExportColumnKind, value: number, options: ExportOptions): string {
  if (kind === 'money') return decimalText(value, options.currencyExponent);
  if (kind === 'quantity') return decimalText(value, 3, true);
  if (kind === 'percent') return decimalText(value, 4, true);
  return String(value);
}

function cellXml(column: ExportColumn, row: ExportRow, ref: string, options: ExportOptions): string {
  const cell = readCell(column, row);
  if (cell === null) return '';
  if (cell.type === 'text') return inlineString(ref, cell.text, STYLE[column.kind]);
  return `<c r="${ref}" s="${STYLE[column.kind]}"><v>${numberText(column.kind, cell.value, options)}</v></c>`;
}

// Wide enough that Excel shows the numbers rather than '####'; CJK characters count double.
function columnWidths(table: ExportTable, options: ExportOptions): number[] {
  return table.columns.map((column) => {
    let width = textWidth(column.label);
    for (const row of table.rows) {
      const cell = readCell(column, row);
      if (cell === null) continue;
      const text = cell.type === 'text' ? cell.text : numberText(column.kind, cell.value, options);
      width = Math.max(width, cell.type === 'text' ? textWidth(text) : Math.ceil(text.length * 1.4));
    }
    return Math.min(60, Math.max(8, width + 2));
  });
}

function sheetXml(table: ExportTable, options: ExportOptions): string {
  const cols = columnWidths(table, options)
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const header = table.columns.map((column, i) =>
    inlineString(`${columnName(i)}1`, column.label, HEADER_STYLE),
  );
  const rows = table.rows.map((row, r) => {
    const cells = table.columns.map((column, i) => cellXml(column, row, `${columnName(i)}${r + 2}`, options));
    return `<row r="${r + 2}">${cells.join('')}</row>`;
  });
  // The header row stays in view while scrolling (a frozen pane below row 1).
  const view =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  const colsXml = cols ? `<cols>${cols}</cols>` : '';
  return `${XML}<worksheet xmlns="${MAIN}">${view}${colsXml}<sheetData><row r="1">${header.join('')}</row>${rows.join('')}</sheetData></worksheet>`;
}

/**
 * The table as a one-sheet Office Open XML workbook (.xlsx): bold header row, text as inline
 * strings guarded like CSV, numbers as numbers with formats (money with the currency's decimals,
 * integers grouped, quantities '0.000', percentages '0.00%' from a fraction). Never a formula.
 */
export function toXlsx(table: ExportTable, options: ExportOptions): Uint8Array {
  const workbook = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="${escapeXml(sheetName(table.title))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
    'xl/styles.xml': strToU8(stylesXml(options.currencyExponent)),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml(table, options)),
  });
}
