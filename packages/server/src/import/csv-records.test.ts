import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-records';

const fieldsOf = (text: string) => {
  const read = readCsvRecords(text);
  if (!read.ok) throw new Error(`unreadable: ${read.error.code}`);
  return read.value.map((record) => record.fields);
};

describe('readCsvRecords', () => {
  it('splits records on LF or CRLF and fields on commas, keeping spaces', () => {
    expect(fieldsOf('a,b\r\n1, 2 \n3,\n')).toEqual([
      ['a', 'b'],
      ['1', ' 2 '],
      ['3', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks (RFC 4180)', () => {
    expect(
      fieldsOf('"AIRLINE LOUNGE,METAL SIGN",2\n"RECORD FRAME 7"" SINGLE SIZE ",48\n"two\nlines",""'),
    ).toEqual([
      ['AIRLINE LOUNGE,METAL SIGN', '2'],
      ['RECORD FRAME 7" SINGLE SIZE ', '48'],
      ['two\nlines', ''],
    ]);
  });

  it('numbers each record by the line it starts on, after a multi-line field too', () => {
    const read = readCsvRecords('\uFEFFh\n"a\nb"\n\nc');
    expect(read.ok && read.value.map((record) => [record.line, record.fields[0]])).toEqual([
      [1, 'h'],
      [2, 'a\nb'],
      [5, 'c'],
    ]);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(fieldsOf('7" FRAME,1')).toEqual([['7" FRAME', '1']]);
  });

  it('refuses a quote left open and text after a closing quote, naming the line', () => {
    expect(readCsvRecords('a\n"open,1\n')).toEqual({
      ok: false,
      error: { code: 'unterminated_quote', line: 2 },
    });
    expect(readCsvRecords('a\n"x"y,1')).toEqual({ ok: false, error: { code: 'text_after_quote', line: 2 } });
  });
});
