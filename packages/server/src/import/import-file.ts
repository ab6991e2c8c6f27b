import { type ImportBody, type ImportReport, REQUIRED_IMPORT_FIELDS } from '@kassa/api';
import { type Schema, UniqueViolationError } from '@kassa/db';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { visibleStore } from '../stores/visible-store';
import { type Problems, withoutNul } from './import-cells';
import { readOpeningStockRows, writeOpeningStock } from './import-opening-stock';
import { readProductRows } from './import-products';
import { readCategoryRows, readSupplierRows, writeCategories, writeSuppliers } from './import-records';
import { readUploadedTable } from './uploaded-table';
import { freeProductRows, writeProducts } from './write-products';

type Body = z.output<typeof ImportBody>;
type Store = Awaited<ReturnType<typeof visibleStore>>;

/** Problems listed in a report; the count says how many there were in all. */
const LISTED_PROBLEMS = 1000;

/** What a checked file will write: how many rows, and the write itself. */
type Plan = { valid: number; write: (tx: KassaContext) => Promise<{ createdCategories: number }> };

/** A plan for records that make no categories. */
function plan(valid: number, write: (tx: KassaContext) => Promise<void>): Plan {
  return {
    valid,
    write: async (tx) => {
      await write(tx);
      return { createdCategories: 0 };
    },
  };
}

/**
 * Checks an import file row by row and, unless it is a dry run, imports it: every row not
 * skipped, in one transaction, or nothing at all when any row has a problem
 * (`import_has_problems`). The rows are checked again inside the transaction, so what was checked
 * is what is written even with other writers about. Audited with the counts.
 * @throws HttpError `store_not_found`, `import_file`, `validation_failed` (a required field without
 * a column, or a column the file does not have), `import_has_problems`.
 */
export async function importFile(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  body: Body,
): Promise<ImportReport> {
  const store = await visibleStore(ctx, auth, storeId);
  const table = readUploadedTable(body.content, body.delimiter);
  for (const field of REQUIRED_IMPORT_FIELDS[body.entity] as readonly string[]) {
    const column = body.mapping[field];
    if (column === null || column === undefined) {
      throw new HttpError('validation_failed', undefined, [
        { path: `mapping.${field}`, message: 'choose the column it is in' },
      ]);
    }
  }
  for (const [field, column] of Object.entries(body.mapping)) {
    if (column !== null && column >= table.header.length) {
      throw new HttpError('validation_failed', undefined, [
        { path: `mapping.${field}`, message: 'the file has no such column' },
      ]);
    }
  }
  const skip = new Set(body.skipLines);
  const rows = table.rows.filter((row) => !skip.has(row.line));
  const report = (
    problems: Problems,
    valid: number,
    imported: number,
    createdCategories: number,
  ): ImportReport => ({
    entity: body.entity,
    dryRun: body.dryRun,
    rows: table.rows.length,
    skipped: table.rows.length - rows.length,
    valid,
    imported,
    createdCategories,
    problemCount: problems.length,
    problems: [...problems].sort((a, b) => a.line - b.line).slice(0, LISTED_PROBLEMS),
  });
  if (body.dryRun) {
    const problems: Problems = [];
    const plan = await planImport(ctx.db, store, auth, body, rows, problems);
    return report(problems, plan.valid, 0, 0);
  }
  return committed(() =>
    transact(ctx, async (tx) => {
      const problems: Problems = [];
      const plan = await planImport(tx.db, store, auth, body, rows, problems);
      if (problems.length > 0) {
        throw new HttpError('import_has_problems', {
          problemCount: problems.length,
          problems: problems.slice(0, 20),
        });
      }
      const { createdCategories } = await plan.write(tx);
      await recordAudit(tx, {
        action: 'import.completed',
        staffId: auth.staffId,
        storeId: store.id,
        targetType: 'import',
        detail: { entity: body.entity, rows: plan.valid, skipped: skip.size, createdCategories },
      });
      return report(problems, plan.valid, plan.valid, createdCategories);
    }),
  );
}

/**
 * The import's transaction, answering a SKU or barcode another import wrote meanwhile (PostgreSQL
 * checks it only at the insert, after both imports checked the file) as taken: nothing was written.
 */
async function committed<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (
      error instanceof UniqueViolationError &&
      (error.constraint === 'sku' || error.constraint === 'barcode')
    ) {
      throw new HttpError(error.constraint === 'sku' ? 'sku_taken' : 'barcode_taken');
    }
    throw error;
  }
}

async function planImport(
  db: Kysely<Schema>,
  store: Store,
  auth: AuthSession,
  body: Body,
  allRows: Parameters<typeof readProductRows>[1],
  problems: Problems,
): Promise<Plan> {
  const rows = withoutNul(allRows, body.mapping, problems);
  switch (body.entity) {
    case 'products': {
      const read = await readProductRows(
        db,
        rows,
        body.mapping,
        { currency: store.currency, createCategories: body.createCategories },
        problems,
      );
      const free = await freeProductRows(db, read, problems);
      return { valid: free.length, write: (tx) => writeProducts(tx, free) };
    }
    case 'categories': {
      const read = await readCategoryRows(db, rows, body.mapping, problems);
      return plan(read.length, (tx) =>
        writeCategories(
          tx,
          read.map((r) => r.value),
        ),
      );
    }
    case 'suppliers': {
      const read = await readSupplierRows(db, rows, body.mapping, problems);
      return plan(read.length, (tx) =>
        writeSuppliers(
          tx,
          read.map((r) => r.value),
        ),
      );
    }
    case 'opening_stock': {
      const read = await readOpeningStockRows(db, store, rows, body.mapping, problems);
      return plan(read.length, (tx) =>
        writeOpeningStock(
          tx,
          store.id,
          read.map((r) => r.value),
          auth.staffId,
        ),
      );
    }
  }
}
