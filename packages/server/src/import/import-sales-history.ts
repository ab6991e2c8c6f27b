import {
  type ImportProblem,
  SALES_HISTORY_FIELDS,
  type SalesHistoryBody,
  type SalesHistoryReport,
} from '@kassa/api';
import type { z } from 'zod';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { withoutNul } from './import-cells';
import { importOnlineRetail } from './import-online-retail';
import { ONLINE_RETAIL_COLUMNS, readOnlineRetail } from './online-retail';
import { readUploadedTable } from './uploaded-table';

/** The file column each of the reader's columns comes from, in its order. */
const FIELD_OF_COLUMN = Object.fromEntries(
  ONLINE_RETAIL_COLUMNS.map((column, i) => [column, SALES_HISTORY_FIELDS[i]]),
);

/**
 * Checks a file of past sales and, unless a dry run, imports it into a new store (see
 * import-online-retail.ts for every decision), all or nothing. The mapped columns are laid out as
 * the reader expects them, whatever the file's own order, encoding or delimiter; the reader stops
 * at the first line it cannot take, which is reported with the file's own line number.
 * @throws HttpError `import_file`, `validation_failed` (a field without a column),
 * `import_has_problems`, `store_code_taken`.
 */
export async function importSalesHistory(
  ctx: KassaContext,
  auth: AuthSession,
  body: z.output<typeof SalesHistoryBody>,
): Promise<SalesHistoryReport> {
  const table = readUploadedTable(body.content, body.delimiter);
  for (const field of SALES_HISTORY_FIELDS) {
    const column = body.mapping[field];
    if (column === null || column === undefined || column >= table.header.length) {
      throw new HttpError('validation_failed', undefined, [
        { path: `mapping.${field}`, message: 'choose the column it is in' },
      ]);
    }
  }
  const nul: ImportProblem[] = [];
  withoutNul(table.rows, body.mapping, nul);
  if (nul.length > 0) {
    if (!body.dryRun)
      throw new HttpError('import_has_problems', { problemCount: nul.length, problems: nul.slice(0, 20) });
    return {
      dryRun: true,
      rows: table.rows.length,
      problemCount: nul.length,
      problems: nul.slice(0, 1000),
      storeId: null,
      products: 0,
      sales: 0,
      returns: 0,
      stockAdjustments: 0,
    };
  }
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const text = [
    ONLINE_RETAIL_COLUMNS.join(','),
    ...table.rows.map((row) =>
      ONLINE_RETAIL_COLUMNS.map((column) =>
        quote(row.fields[body.mapping[FIELD_OF_COLUMN[column] ?? ''] ?? -1] ?? ''),
      ).join(','),
    ),
  ].join('\n');
  const month = readOnlineRetail(text);
  const report = (problems: ImportProblem[]): SalesHistoryReport => ({
    dryRun: body.dryRun,
    rows: table.rows.length,
    problemCount: problems.length,
    problems,
    storeId: null,
    products: month.ok ? month.value.products.length : 0,
    sales: month.ok ? month.value.sales.length : 0,
    returns: month.ok ? month.value.cancellations.length : 0,
    stockAdjustments: month.ok ? month.value.adjustments.length : 0,
  });
  if (!month.ok) {
    // The reader numbers the lines of the text laid out above: line n is the file's row n - 2.
    const { code, line, ...rest } = month.error;
    const row = table.rows[line - 2];
    const problem = {
      line: row?.line ?? line,
      field: 'column' in rest ? (FIELD_OF_COLUMN[rest.column] ?? null) : null,
      code,
      value: 'text' in rest ? rest.text : '',
    };
    if (body.dryRun) return report([problem]);
    throw new HttpError('import_has_problems', { problemCount: 1, problems: [problem] });
  }
  if (body.dryRun) return report([]);
  const imported = await importOnlineRetail(ctx, month.value, {
    storeCode: body.storeCode,
    storeName: body.storeName,
    staffId: auth.staffId,
  });
  if (!imported.ok)
    throw new HttpError(imported.error.code === 'store_code_taken' ? 'store_code_taken' : 'forbidden');
  return {
    ...report([]),
    storeId: imported.value.storeId,
    products: imported.value.productsCreated,
    sales: imported.value.sales,
    returns: imported.value.returns,
    stockAdjustments: imported.value.stockAdjustments,
  };
}
