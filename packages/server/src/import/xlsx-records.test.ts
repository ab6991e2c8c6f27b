import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TOP_SELLERS } from '../../../web/src/shared/export/table-export.fixture';
import { toXlsx } from '../../../web/src/shared/export/xlsx';
import { readXlsxRecords } from './xlsx-records';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook as Excel lays it out; `parts` replaces or adds parts (null drops one). */
function workbook(
  sheetData: string,
  sharedStrings: string[] = [],
  parts: Record<string, string | null> = {},
) {
  const files: Record<string, string | null> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="商品" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${RELS}"><Relationship Id="rId2" Type="${DOC}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst xmlns="${MAIN}" count="${sharedStrings.length}">${sharedStrings.join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><dimension ref="A1:C3"/><sheetData>${sheetData}</sheetData></worksheet>`,
    ...parts,
  };
  const zip: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) if (text !== null) zip[name] = strToU8(text);
  return zipSync(zip);
}

function fieldsOf(bytes: Uint8Array): string[][] {
  const read = readXlsxRecords(bytes);
  if (!read.ok) throw new Error(`unreadable: ${read.error.code}`);
  return read.value.map((record) => [...record.fields]);
}

/** Rewrites the size the central directory declares for `name`, as a ZIP bomb would (the data stays small). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) {
      view.setUint32(at + 24, size, true);
      return zip;
    }
  }
  throw new Error(`no ${name}`);
}

describe('readXlsxRecords', () => {
  it('reads shared strings, rich text runs, inline strings and entities, CJK included', () => {
    const shared = [
      '<si><t>条码</t></si>',
      // Rich text: runs concatenated; the phonetic guide (<rPh>) is not part of the text.
      '<si><r><rPr><b/></rPr><t>可口</t></r><r><t xml:space="preserve"> 可乐 </t></r><rPh sb="0" eb="1"><t>ke</t></rPh></si>',
      '<si><t>Fish &amp; Chips &lt;large&gt; &quot;hot&quot; &apos;n&apos; &#39029;&#x9762;</t></si>',
      '<si/>',
    ];
    const sheet =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>苹果 &amp; 梨</t></is></c><c r="B2" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>9</v></c></row>';
    expect(fieldsOf(workbook(sheet, shared))).toEqual([
      ['条码', '可口 可乐 ', 'Fish & Chips <large> "hot" \'n\' 页面'],
      // An empty shared string and an index past the table are empty cells: the row ends at B.
      ['苹果 & 梨', 'ab'],
    ]);
  });

  it('places cells by their reference, fills gaps, and numbers records by spreadsheet row', () => {
    const sheet =
      '<row r="3"><c r="C3"><v>7</v></c></row>' +
      // A row and cells without `r` follow on from the ones before.
      '<row><c r="B4"><v>1</v></c><c><v>2</v></c></row>' +
      // A row of empty or error cells is no record; empty cells before a value are gaps.
      '<row r="6"><c r="A6" s="1"/><c r="B6" t="e"><v>#N/A</v></c></row>' +
      '<row r="7"><c r="A7" t="e"><v>#DIV/0!</v></c><c r="D7" t="b"><v>1</v></c><c r="E7" t="b"><v>0</v></c></row>';
    const read = readXlsxRecords(workbook(sheet));
    expect(read).toEqual({
      ok: true,
      value: [
        { line: 3, fields: ['', '', '7'] },
        { line: 4, fields: ['', '1', '2'] },
        { line: 7, fields: ['', '', '', 'TRUE', 'FALSE'] },
      ],
    });
  });

  it('keeps numbers as written, writes exponent forms out, and leaves dates as serial numbers', () => {
    const values = ['12.5', '-3', '1.0E-3', '1.2345E+5', '-2.5E-2', '4.1E2', '1E+40', '45717', '0.1'];
    const sheet = `<row r="1">${values.map((v) => `<c><v>${v}</v></c>`).join('')}</row>`;
    // 1E+40 would be 41 digits: kept as written. 45717 is 2025-03-01 formatted as a date in Excel.
    expect(fieldsOf(workbook(sheet))).toEqual([
      ['12.5', '-3', '0.001', '123450', '-0.025', '410', '1E+40', '45717', '0.1'],
    ]);
  });

  it("reads formulas' cached results and decodes OOXML's _xHHHH_ escapes", () => {
    const sheet =
      '<row r="1"><c r="A1" t="str"><f>A2&amp;"x"</f><v>ax</v></c><c r="B1"><f>1/3</f><v>0.33333333333333331</v></c>' +
      '<c r="C1" t="inlineStr"><is><t>two_x000D_\nlines</t></is></c><c r="D1" t="inlineStr"><is><t>_x005F_x0041_</t></is></c></row>';
    expect(fieldsOf(workbook(sheet))).toEqual([['ax', '0.33333333333333331', 'two\r\nlines', '_x0041_']]);
  });

  it('reads the first sheet in workbook order, wherever its relationship points, with prefixed elements', () => {
    const parts = {
      'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${DOC}"><x:sheets><x:sheet name="数据" sheetId="2" rel:id="rId7"/><x:sheet name="说明" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="${DOC}/worksheet" Target="/xl/worksheets/../data/products.xml"/></Relationships>`,
      'xl/data/products.xml': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>面包</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    };
    expect(fieldsOf(workbook('<row r="1"><c><v>1</v></c></row>', [], parts))).toEqual([['面包']]);
  });

  it('falls back to xl/worksheets/sheet1.xml when the workbook names no relationship', () => {
    const bytes = workbook('<row r="2"><c r="B2"><v>5</v></c></row>', [], {
      'xl/_rels/workbook.xml.rels': null,
    });
    expect(readXlsxRecords(bytes)).toEqual({ ok: true, value: [{ line: 2, fields: ['', '5'] }] });
  });

  it('reads a workbook written by the back office exporter (toXlsx) as it shows in Excel', () => {
    expect(fieldsOf(toXlsx(TOP_SELLERS, { currencyExponent: 2 }))).toEqual([
      ['日期', '商品', '数量', '笔数', '净额', '毛利率'],
      // Money as yuan, quantity in units, percent as a fraction (shown 10.50% by the cell's format).
      ['2025-03-01', '可乐 330ml', '2', '12', '1234.56', '0.105'],
      ['2025-03-01', 'Apples, "Fuji"', '0.35', '3', '-0.50', '-0.025'],
      // Empty cells are not written: the row ends at its last value.
      ['2025-03-02', '', '1.5', '0', '0.00'],
    ]);
  });

  it('refuses what is not a workbook', () => {
    expect(readXlsxRecords(strToU8('条码,名称\n1,可乐'))).toEqual({
      ok: false,
      error: { code: 'not_xlsx', detail: 'not_zip' },
    });
    expect(readXlsxRecords(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toEqual({
      ok: false,
      error: { code: 'not_xlsx', detail: 'no_workbook' },
    });
    expect(readXlsxRecords(workbook('', [], { 'xl/worksheets/sheet1.xml': null }))).toEqual({
      ok: false,
      error: { code: 'not_xlsx', detail: 'no_sheet' },
    });
    const truncated = workbook('<row r="1"><c><v>1</v></c></row>');
    expect(readXlsxRecords(truncated.subarray(0, truncated.length - 30))).toMatchObject({ ok: false });
  });

  it('refuses a part declared larger than the limit before inflating it (a ZIP bomb)', () => {
    const bomb = declareSize(
      workbook('<row r="1"><c><v>1</v></c></row>'),
      'xl/worksheets/sheet1.xml',
      300 * 2 ** 20,
    );
    expect(readXlsxRecords(bomb)).toEqual({
      ok: false,
      error: {
        code: 'too_large',
        part: 'xl/worksheets/sheet1.xml',
        bytes: 300 * 2 ** 20,
        limit: 200 * 2 ** 20,
      },
    });
    const big = workbook(`<row r="1"><c t="inlineStr"><is><t>${'x'.repeat(5000)}</t></is></c></row>`);
    expect(readXlsxRecords(big, { maxPartBytes: 4096 })).toMatchObject({
      ok: false,
      error: { code: 'too_large', part: 'xl/worksheets/sheet1.xml', limit: 4096 },
    });
  });

  it('refuses too many rows, counting them all, and a value past the last column', () => {
    const rows = Array.from({ length: 5 }, (_, n) => `<row r="${n + 1}"><c><v>${n}</v></c></row>`).join('');
    expect(readXlsxRecords(workbook(rows), { maxRows: 3 })).toEqual({
      ok: false,
      error: { code: 'too_many_rows', rows: 5, limit: 3 },
    });
    expect(readXlsxRecords(workbook(rows), { maxRows: 5 }).ok).toBe(true);
    // Column XFE is one past Excel's last; a forged reference must not allocate billions of cells.
    expect(readXlsxRecords(workbook('<row r="2"><c r="XFE2"><v>1</v></c></row>'))).toEqual({
      ok: false,
      error: { code: 'too_many_columns', line: 2, columns: 16_385, limit: 16_384 },
    });
    expect(readXlsxRecords(workbook('<row r="9"><c r="ZZZZZZZZ9"><v>1</v></c></row>'))).toMatchObject({
      ok: false,
      error: { code: 'too_many_columns', line: 9 },
    });
  });
});
