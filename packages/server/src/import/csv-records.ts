import { err, ok, type Result } from '@kassa/core';

/** One record of a CSV text: its fields, and the line it starts on (1-based, for messages). */
export type CsvRecord = { readonly line: number; readonly fields: readonly string[] };

/** Why a CSV text cannot be read; `line` is where the trouble starts. */
export type CsvError =
  | { readonly code: 'unterminated_quote'; readonly line: number }
  | { readonly code: 'text_after_quote'; readonly line: number };

/** The field separators CSV files come with: ',' (RFC 4180), ';' (Excel where ',' is the decimal mark), tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Reads CSV text as RFC 4180 writes it: fields separated by `delimiter` (a comma unless told),
 * records by CRLF or LF; a field in double quotes may hold the delimiter, line breaks and quotes
 * (doubled: `"7"" FRAME"` is `7" FRAME`).
 * A byte-order mark, a final line break and blank lines are ignored. Fields are returned as they
 * are, spaces included: what they mean is the caller's business. Lenient where exports commonly are
 * not strict: a quote inside an unquoted field is kept as a character.
 */
export function readCsvRecords(text: string, delimiter: CsvDelimiter = ','): Result<CsvRecord[], CsvError> {
  const separator = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    // At the start of a field.
    let field: string;
    if (text[i] === '"') {
      const quotedFrom = line;
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return err({ code: 'unterminated_quote', line: quotedFrom });
        parts.push(text.slice(from, quote));
        if (text[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        parts.push('"');
        from = quote + 2;
      }
      field = parts.join('');
      line += field.split('\n').length - 1;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        return err({ code: 'text_after_quote', line });
      }
    } else {
      let end = i;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === separator || code === 10 || code === 13) break; // the delimiter, \n, \r
        end++;
      }
      field = text.slice(i, end);
      i = end;
    }
    fields.push(field);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    // The end of a record: a line break, or the end of the text.
    // A blank line is no record (a record of one empty field cannot be told from it anyway).
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    if (i >= text.length) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    recordLine = line;
    if (i >= text.length) break;
  }
  return ok(records);
}

/**
 * The delimiter a CSV text is most likely written with: of ',', ';' and tab, the first found outside
 * quotes the same number of times on each of the first lines that have any (blank lines say
 * nothing); a comma when none is (a file of one column).
 */
export function guessCsvDelimiter(text: string): CsvDelimiter {
  const lines: number[][] = [];
  let line = CSV_DELIMITERS.map(() => 0);
  let quoted = false;
  const endLine = () => {
    if (line.some((n) => n > 0)) lines.push(line);
    line = CSV_DELIMITERS.map(() => 0);
  };
  for (let i = 0; i < text.length && lines.length < 20; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n') endLine();
    else {
      const which = CSV_DELIMITERS.indexOf(c as CsvDelimiter);
      if (which >= 0) line[which] = (line[which] ?? 0) + 1;
    }
  }
  endLine();
  const found = CSV_DELIMITERS.find((_, which) => {
    const first = lines[0]?.[which] ?? 0;
    return first > 0 && lines.every((counts) => counts[which] === first);
  });
  return found ?? ',';
}
