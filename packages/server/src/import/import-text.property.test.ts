import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CSV_DELIMITERS, type CsvDelimiter, guessCsvDelimiter, readCsvRecords } from './csv-records';
import { decodeImportText } from './import-text';

// What merchants' files hold: Chinese and Latin text, digits, prices, quotes, line breaks and the
// other delimiters (quoted), an emoji beyond the BMP.
const piece = fc.constantFrom(
  '可口可乐',
  '面包',
  '苹果 1kg',
  'A',
  'b',
  '7"',
  ' ',
  '12.50',
  '-3',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '😀',
  '=SUM(A1)',
  'Ä',
);
const field = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));

/** A table of at least two columns (one column has no delimiter to find), no row a single empty field. */
const table = fc
  .integer({ min: 2, max: 5 })
  .chain((columns) =>
    fc.array(fc.array(field, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 12 }),
  );

/** RFC 4180 as exporters write it: a field quoted when it holds a quote, a line break or a delimiter. */
function toCsv(rows: string[][], delimiter: CsvDelimiter, lineBreak: string, finalBreak: boolean): string {
  const quote = (f: string) => (/["\r\n,;\t]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
  const text = rows.map((row) => row.map(quote).join(delimiter)).join(lineBreak);
  return finalBreak ? text + lineBreak : text;
}

function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  if (encoding === 'utf-16le') return Uint8Array.from([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
  return Uint8Array.from(iconv.encode(text, 'gb18030'));
}

describe('import files as text', () => {
  it('reads back any table in any encoding, delimiter and line break it was saved with', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(...CSV_DELIMITERS),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom('utf-8', 'utf-8-bom', 'gb18030', 'utf-16le') as fc.Arbitrary<
          'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le'
        >,
        (rows, delimiter, lineBreak, finalBreak, encoding) => {
          const decoded = decodeImportText(encode(toCsv(rows, delimiter, lineBreak, finalBreak), encoding));
          if (!decoded.ok) throw new Error(decoded.error.code);
          expect(guessCsvDelimiter(decoded.value.text)).toBe(delimiter);
          const read = readCsvRecords(decoded.value.text, delimiter);
          if (!read.ok) throw new Error(read.error.code);
          // A row of empty fields only is a blank line when it has one field; with more it has delimiters.
          expect(read.value.map((record) => record.fields)).toEqual(rows);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('tells GBK from UTF-8, and refuses binary files and bytes of no known encoding', () => {
    expect(decodeImportText(iconv.encode('商品,价格\n可乐,3.50', 'gbk'))).toEqual({
      ok: true,
      value: { text: '商品,价格\n可乐,3.50', encoding: 'gb18030' },
    });
    expect(decodeImportText(new TextEncoder().encode('商品,价格'))).toMatchObject({
      ok: true,
      value: { encoding: 'utf-8' },
    });
    expect(decodeImportText(new Uint8Array())).toEqual({ ok: true, value: { text: '', encoding: 'utf-8' } });
    // An XLSX is a ZIP: NUL bytes from the start.
    expect(decodeImportText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toEqual({
      ok: false,
      error: { code: 'not_text' },
    });
    // 0x80 alone and 0xff are neither UTF-8 nor GB18030.
    expect(decodeImportText(Uint8Array.from([0x41, 0x80, 0xff, 0x42]))).toEqual({
      ok: false,
      error: { code: 'unknown_encoding' },
    });
  });

  it('reads a big GBK file of 100,000 rows whole', () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, n) => `69${String(n).padStart(11, '0')};可口可乐 ${n};3,50`,
    );
    const decoded = decodeImportText(iconv.encode(['条码;名称;价格', ...rows].join('\r\n'), 'gbk'));
    if (!decoded.ok) throw new Error(decoded.error.code);
    const delimiter = guessCsvDelimiter(decoded.value.text);
    expect(delimiter).toBe(';');
    const read = readCsvRecords(decoded.value.text, delimiter);
    expect(read.ok && read.value.length).toBe(100_001);
    expect(read.ok && read.value.at(-1)?.fields).toEqual(['6900000099999', '可口可乐 99999', '3,50']);
  });

  it('guesses the delimiter of files of one column, with blank lines, or with commas inside quotes', () => {
    expect(guessCsvDelimiter('名称\n可乐\n面包\n')).toBe(',');
    expect(guessCsvDelimiter('a;b\n\n1;"2,5"\n')).toBe(';');
    expect(guessCsvDelimiter('a\tb\n1\t"x;y,z"\n')).toBe('\t');
    expect(guessCsvDelimiter('')).toBe(',');
  });
});
