import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { TOP_SELLERS } from '../../../web/src/shared/export/table-export.fixture';
import { toXlsx } from '../../../web/src/shared/export/xlsx';
import { CSV_DELIMITERS, type CsvDelimiter } from './csv-records';
import { readImportTable } from './import-table';

// Chinese and Latin text, quotes, the three delimiters, CR, LF and CRLF, spaces (leading and
// trailing when they come first or last), an emoji beyond the BMP. The CJK pieces are checked to
// never make GB18030 bytes that are also valid UTF-8 (which would be read as UTF-8).
const piece = fc.constantFrom(
  ...['可口可乐', '面包', '苹果 1kg', '供应商', '条码', 'A', 'b', '7"', '""', ' ', '  ', '12.50', '-3'],
  ...[',', ';', '\t', '\n', '\r', '\r\n', '😀', '=SUM(A1)', 'Ä'],
);
const field = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((columns) =>
    fc.array(fc.array(field, { minLength: columns, maxLength: columns }), { maxLength: 12 }),
  );

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';
/** 'rfc': only what RFC 4180 requires; 'delimiters': any of the three delimiters too; 'all': every field. */
type Quoting = 'rfc' | 'delimiters' | 'all';

function toCsv(
  rows: string[][],
  delimiter: CsvDelimiter,
  quoting: Quoting,
  breaks: string[],
  final: boolean,
) {
  const needs = quoting === 'rfc' ? (f: string) => /["\r\n]/.test(f) || f.includes(delimiter) : undefined;
  const quote = (f: string) =>
    quoting === 'all' || (needs ? needs(f) : /["\r\n,;\t]/.test(f)) ? `"${f.replaceAll('"', '""')}"` : f;
  const lines = rows.map((row, i) => row.map(quote).join(delimiter) + (breaks[i % breaks.length] ?? '\n'));
  const text = lines.join('');
  return final ? text : text.replace(/\r?\n$/, '');
}

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  if (encoding === 'utf-16le') return Uint8Array.from([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
  // Node has no GB18030 encoder (TextEncoder is UTF-8 only); iconv-lite, the decoder's own library, has.
  return Uint8Array.from(iconv.encode(text, 'gb18030'));
}

/** The table a reader must give back: blank rows dropped, the first kept one the trimmed header. */
function expectedTable(rows: string[][]) {
  // A record starts one line after the previous one's break, and after each LF inside its fields.
  let line = 1;
  const numbered = rows.map((fields) => {
    const record = { line, fields };
    line += fields.join('').split('\n').length;
    return record;
  });
  const [first, ...data] = numbered.filter(({ fields }) => fields.some((f) => f.trim() !== ''));
  if (!first) return undefined;
  return { header: first.fields.map((f) => f.trim()), rows: data };
}

describe('readImportTable', () => {
  it('gives back any table in any encoding, delimiter, quoting and line breaks it was saved with', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(...CSV_DELIMITERS),
        fc.constantFrom<Quoting>('rfc', 'delimiters', 'all'),
        fc.array(fc.constantFrom('\n', '\r\n'), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'gb18030'),
        fc.boolean(),
        (rows, delimiter, quoting, breaks, final, encoding, guess) => {
          const text = toCsv(rows, delimiter, quoting, breaks, final);
          // Unquoted, another delimiter inside a field can look like the one used: such files need it given.
          const given = guess && quoting !== 'rfc' ? {} : { delimiter };
          const read = readImportTable(encode(text, encoding), given);
          const expected = expectedTable(rows);
          if (!expected) {
            expect(read).toEqual({ ok: false, error: { code: 'empty' } });
            return;
          }
          const ascii = !/[^\p{ASCII}]/u.test(text);
          expect(read).toEqual({
            ok: true,
            value: {
              format: 'csv',
              encoding: {
                'utf-8': 'utf-8',
                'utf-8-bom': 'utf-8',
                'utf-16le': 'utf-16le',
                gb18030: ascii ? 'utf-8' : 'gb18030',
              }[encoding],
              // One column has no delimiter to find: a comma is guessed, and reads it the same.
              delimiter: 'delimiter' in given || (rows[0]?.length ?? 0) > 1 ? delimiter : ',',
              ...expected,
            },
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses files without a header: empty, only a byte-order mark, only blank lines', () => {
    const empty = { ok: false, error: { code: 'empty' } };
    expect(readImportTable(new Uint8Array())).toEqual(empty);
    expect(readImportTable(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual(empty);
    expect(readImportTable(Uint8Array.from([0xff, 0xfe]))).toEqual(empty);
    expect(readImportTable(strToU8('\r\n\n ,, \n\t,\n'))).toEqual(empty);
  });

  it('pads short rows to the header, keeps long ones, and skips blank rows', () => {
    expect(readImportTable(strToU8('\n 条码 ,名称,价格\n1\n,,\n2,可乐,3,多余\n'))).toEqual({
      ok: true,
      value: {
        format: 'csv',
        encoding: 'utf-8',
        delimiter: ',',
        header: ['条码', '名称', '价格'],
        rows: [
          { line: 3, fields: ['1', '', ''] },
          { line: 5, fields: ['2', '可乐', '3', '多余'] },
        ],
      },
    });
  });

  it('refuses more than 200,000 data rows, saying how many, in CSV and XLSX', () => {
    expect(readImportTable(strToU8(`条码\n${'1\n'.repeat(200_001)}`))).toEqual({
      ok: false,
      error: { code: 'too_many_rows', rows: 200_001, limit: 200_000 },
    });
    const full = readImportTable(strToU8(`条码\n${'1\n'.repeat(200_000)}`));
    expect(full.ok && full.value.rows.length).toBe(200_000);
    const sheetRows = Array.from({ length: 200_002 }, (_, n) => `<row r="${n + 1}"><c><v>${n}</v></c></row>`);
    const sheet = `<worksheet><sheetData>${sheetRows.join('')}</sheetData></worksheet>`;
    const xlsx = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    expect(readImportTable(xlsx)).toEqual({
      ok: false,
      error: { code: 'too_many_rows', rows: 200_001, limit: 200_000 },
    });
  });

  it('refuses records of more than 200 columns, saying where', () => {
    const wide = Array.from({ length: 201 }, (_, n) => `c${n}`).join(';');
    expect(readImportTable(strToU8(`a;b\n1;2\n${wide}`), { delimiter: ';' })).toEqual({
      ok: false,
      error: { code: 'too_many_columns', line: 3, columns: 201, limit: 200 },
    });
  });

  it('tells what kind of unreadable file it was given', () => {
    expect(readImportTable(strToU8('a,b\n"x,1\n'))).toEqual({
      ok: false,
      error: { code: 'bad_csv', line: 2, detail: 'unterminated_quote' },
    });
    expect(readImportTable(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toEqual({
      ok: false,
      error: { code: 'not_text' },
    });
    expect(readImportTable(Uint8Array.from([0x41, 0x80, 0xff, 0x42]))).toEqual({
      ok: false,
      error: { code: 'unknown_encoding' },
    });
    expect(readImportTable(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toEqual({
      ok: false,
      error: { code: 'legacy_xls' },
    });
    expect(readImportTable(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      error: { code: 'not_xlsx', detail: 'not_zip' },
    });
  });

  it('reads an XLSX workbook as a table, padding rows that end early', () => {
    const read = readImportTable(toXlsx(TOP_SELLERS, { currencyExponent: 2 }), { delimiter: ';' });
    expect(read).toMatchObject({
      ok: true,
      value: {
        format: 'xlsx',
        encoding: null,
        delimiter: null,
        header: ['日期', '商品', '数量', '笔数', '净额', '毛利率'],
      },
    });
    expect(read.ok && read.value.rows.at(-1)).toEqual({
      line: 4,
      fields: ['2025-03-02', '', '1.5', '0', '0.00', ''],
    });
  });

  it('never throws, whatever the bytes: random, zip-headed, or a workbook damaged or of random XML', () => {
    const valid = toXlsx(TOP_SELLERS, { currencyExponent: 2 });
    const xmlPiece = fc.constantFrom(
      ...[
        '<row>',
        '<row r="0">',
        '<row r="x">',
        '</row>',
        '<c r="B2" t="s">',
        '<c t="inlineStr">',
        '<c r="ZZ">',
      ],
      ...[
        '</c>',
        '<v>',
        '</v>',
        '<v/>',
        '<is><t>',
        '</t></is>',
        '<rPh>',
        '</rPh>',
        '<c t="b"/>',
        '1',
        '-1.5E+3',
      ],
      ...[
        '&amp;',
        '&#x1F600;',
        '&#99999999;',
        '&bogus;',
        '<![CDATA[',
        ']]>',
        '<!--',
        '-->',
        '"',
        "'",
        '<',
        '>',
        '/',
      ],
    );
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.uint8Array({ maxLength: 600 }).map((tail) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail])),
      fc.uint8Array({ maxLength: 600 }).map((tail) => Uint8Array.from([0xff, 0xfe, ...tail])),
      fc
        .tuple(
          fc.nat({ max: valid.length }),
          fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.nat(255))),
        )
        .map(([length, flips]) => {
          const damaged = valid.slice(0, Math.max(length, 30));
          for (const [at, byte] of flips) if (at < damaged.length) damaged[at] = byte;
          return damaged;
        }),
      fc.array(xmlPiece, { maxLength: 40 }).map((pieces) =>
        zipSync({
          'xl/workbook.xml': strToU8('<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>'),
          'xl/sharedStrings.xml': strToU8(`<sst><si>${pieces.slice(0, 5).join('')}</si></sst>`),
          'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${pieces.join('')}`),
        }),
      ),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const read = readImportTable(input);
        expect(typeof read.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
