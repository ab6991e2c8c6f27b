import { err, ok, type Result } from '@kassa/core';

/** One record of a CSV text: its fields, and the line it starts on (1-based, for messages). */
export type CsvRecord = { readonly line: number; readonly fields: readonly string[] };

/** Why a CSV text cannot be read; `line` is where the trouble starts. */
export type CsvError =
  | { readonly code: 'unterminated_quote'; readonly line: number }
  | { readonly code: 'text_after_quote'; readonly line: number };

/**
 * Reads CSV text as RFC 4180 writes it: fields separated by commas, records by CRLF or LF; a field
 * in double quotes may hold commas, line breaks and quotes (doubled: `"7"" FRAME"` is `7" FRAME`).
 * A byte-order mark, a final line break and blank lines are ignored. Fields are returned as they
 * are, spaces included: what they mean is the caller's business. Lenient where exports commonly are
 * not strict: a quote inside an unquoted field is kept as a character.
 */
export function readCsvRecords(text: string): Result<CsvRecord[], CsvError> {
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
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return err({ code: 'text_after_quote', line });
      }
    } else {
      let end = i;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === 44 || code === 10 || code === 13) break; // , \n \r
        end++;
      }
      field = text.slice(i, end);
      i = end;
    }
    fields.push(field);
    if (text[i] === ',') {
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
