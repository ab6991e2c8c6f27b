import { HttpError } from '../http/http-error';
import type { CsvDelimiter } from './csv-records';
import { type ImportTable, readImportTable } from './import-table';

/**
 * The table of an uploaded file (base64 of its bytes, as the API takes it).
 * @throws HttpError `import_file` with the reader's `reason` and what else it said.
 */
export function readUploadedTable(content: string, delimiter: CsvDelimiter | undefined): ImportTable {
  const bytes = new Uint8Array(Buffer.from(content, 'base64'));
  const table = readImportTable(bytes, delimiter === undefined ? {} : { delimiter });
  if (!table.ok) {
    const { code, ...rest } = table.error;
    throw new HttpError('import_file', { reason: code, ...rest });
  }
  return table.value;
}
