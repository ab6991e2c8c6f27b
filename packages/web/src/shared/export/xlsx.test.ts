import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from './table-export';
import { TOP_SELLERS } from './table-export.fixture';
import { toXlsx } from './xlsx';

const CNY = { currencyExponent: 2 };

function parts(table: ExportTable, options = CNY): Record<string, string> {
  const files = unzipSync(toXlsx(table, options));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function sheet(table: ExportTable, options = CNY): string {
  return parts(table, options)['xl/worksheets/sheet1.xml'] ?? '';
}

/** The `<c>` element at `ref` (e.g. 'B2'), or undefined. */
function cell(xml: string, ref: string): string | undefined {
  return new RegExp(`<c r="${ref}"[^>]*(?:/>|>.*?</c>)`).exec(xml)?.[0];
}

function names(...texts: string[]): ExportTable {
  return {
    title: 't',
    columns: [{ key: 'name', label: 'Name', kind: 'text' }],
    rows: texts.map((name) => ({ name })),
  };
}

describe('toXlsx', () => {
  it('holds the parts of a one-sheet workbook, content types first', () => {
    const files = parts(TOP_SELLERS);
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(files['[Content_Types].xml']).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(files['xl/_rels/workbook.xml.rels']).toContain('Target="worksheets/sheet1.xml"');
    for (const xml of Object.values(files))
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  it('names the sheet after the Chinese title, without the characters Excel refuses', () => {
    expect(parts(TOP_SELLERS)['xl/workbook.xml']).toContain(
      '<sheet name="热销商品 2025-03" sheetId="1" r:id="rId1"/>',
    );
  });

  it('writes a bold header row of inline strings', () => {
    const xml = sheet(TOP_SELLERS);
    expect(cell(xml, 'A1')).toBe(
      '<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">日期</t></is></c>',
    );
    expect(parts(TOP_SELLERS)['xl/styles.xml']).toMatch(/<font><b\/>/);
  });

  it('writes numbers as numbers: money and quantity as exact decimals, percent as a fraction', () => {
    const xml = sheet(TOP_SELLERS);
    expect(cell(xml, 'B2')).toBe(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve">可乐 330ml</t></is></c>',
    );
    expect(cell(xml, 'C2')).toBe('<c r="C2" s="4"><v>2</v></c>'); // quantity 2000 thousandths
    expect(cell(xml, 'D2')).toBe('<c r="D2" s="3"><v>12</v></c>'); // integer
    expect(cell(xml, 'E2')).toBe('<c r="E2" s="2"><v>1234.56</v></c>'); // 123456 fen
    expect(cell(xml, 'F2')).toBe('<c r="F2" s="5"><v>0.105</v></c>'); // 1050 basis points
    expect(cell(xml, 'E3')).toBe('<c r="E3" s="2"><v>-0.50</v></c>');
    expect(cell(xml, 'F3')).toBe('<c r="F3" s="5"><v>-0.025</v></c>');
    expect(cell(xml, 'C3')).toBe('<c r="C3" s="4"><v>0.35</v></c>');
  });

  it('leaves empty cells out', () => {
    const xml = sheet(TOP_SELLERS);
    expect(cell(xml, 'B4')).toBeUndefined();
    expect(cell(xml, 'F4')).toBeUndefined();
    expect(cell(xml, 'E4')).toBe('<c r="E4" s="2"><v>0.00</v></c>');
  });

  it('formats money with the currency decimals', () => {
    const styles = (exponent: number) => parts(TOP_SELLERS, { currencyExponent: exponent })['xl/styles.xml'];
    expect(styles(2)).toContain('<numFmt numFmtId="164" formatCode="#,##0.00"/>');
    expect(styles(0)).toContain('<numFmt numFmtId="164" formatCode="#,##0"/>');
    expect(styles(3)).toContain('<numFmt numFmtId="164" formatCode="#,##0.000"/>');
    expect(styles(2)).toContain('<numFmt numFmtId="165" formatCode="0.000"/>');
    expect(styles(2)).toContain('<xf numFmtId="10" '); // built-in 0.00%
    expect(sheet(TOP_SELLERS, { currencyExponent: 0 })).toContain('<c r="E2" s="2"><v>123456</v></c>');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const xml = sheet(names('<b>&"\'</b>', 'a\u0000b\u0007c\uFFFEd', 'lone \uD800 surrogate', 'emoji 🍎 ok'));
    expect(cell(xml, 'A2')).toContain(">&lt;b&gt;&amp;&quot;'&lt;/b&gt;</t>");
    expect(cell(xml, 'A3')).toContain('>abcd</t>');
    expect(cell(xml, 'A4')).toContain('>lone  surrogate</t>');
    expect(cell(xml, 'A5')).toContain('>emoji 🍎 ok</t>');
  });

  // QUIRK(xlsx-escape): Excel would show '_x0041_' as 'A'.
  it("keeps a literal '_x0041_' literal", () => {
    expect(cell(sheet(names('a_x0041_b')), 'A2')).toContain('>a_x005F_x0041_b</t>');
  });

  it('never writes a formula, and guards text like the CSV', () => {
    const xml = sheet(
      names('=HYPERLINK("http://evil.example","x")', '+1', '-1+2', '@SUM(A1)', '\t=1', 'a=b'),
    );
    expect(xml).not.toMatch(/<f[ >]/);
    expect(cell(xml, 'A2')).toContain(">'=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)</t>");
    expect(cell(xml, 'A3')).toContain(">'+1</t>");
    expect(cell(xml, 'A4')).toContain(">'-1+2</t>");
    expect(cell(xml, 'A5')).toContain(">'@SUM(A1)</t>");
    expect(cell(xml, 'A6')).toContain(">'\t=1</t>");
    expect(cell(xml, 'A7')).toContain('>a=b</t>');
  });

  it('freezes the header row and widens columns for their content (CJK counts double)', () => {
    const xml = sheet(TOP_SELLERS);
    expect(xml).toContain('state="frozen"');
    expect(xml).toContain('<col min="1" max="1" width="12" customWidth="1"/>'); // '2025-03-01' + 2
    expect(xml).toContain('<col min="2" max="2" width="16" customWidth="1"/>'); // 'Apples, "Fuji"' + 2
    expect(xml).toContain('<col min="5" max="5" width="12" customWidth="1"/>'); // '1234.56' × 1.4 for grouping, + 2
    expect(sheet(names('特级铁观音礼盒'))).toContain('<col min="1" max="1" width="16" customWidth="1"/>');
  });

  it('names columns past Z', () => {
    const columns = Array.from({ length: 28 }, (_, i) => ({
      key: `k${i}`,
      label: `c${i}`,
      kind: 'integer' as const,
    }));
    const xml = sheet({ title: 't', columns, rows: [{ k27: 1 }] });
    expect(cell(xml, 'AB2')).toBe('<c r="AB2" s="3"><v>1</v></c>');
    expect(cell(xml, 'Z1')).toContain('>c25</t>');
  });

  it('writes an empty table as its header', () => {
    const xml = sheet({ ...TOP_SELLERS, rows: [] });
    expect(xml).toContain('<row r="1">');
    expect(xml).not.toContain('<row r="2">');
  });
});
