import { CreateSupplierBody } from '@kassa/api';
import {
  createCategoryRepository,
  createEventRepository,
  createSupplierRepository,
  type Schema,
} from '@kassa/db';
import type { Kysely } from 'kysely';
import { type KassaContext, newId } from '../kassa-context';
import { CATALOG_EVENT_TYPES } from '../sync/pull/catalog-change';
import { firstOfEach, type ImportRow, type Problems, rowCells } from './import-cells';

type Mapping = Readonly<Record<string, number | null>>;

/** A category row: its name, its parent's name (one the catalogue has or a row above), order and colour. */
export type CategoryRow = { name: string; parent: string | null; sortOrder: number; color: string | null };

/**
 * Reads category rows; a name the catalogue or a row above has is a problem (`name_taken`,
 * `duplicate_in_file`), so is a parent neither has (`unknown_parent`), a sort order that is not a
 * whole number or a colour that is not #rgb / #rrggbb.
 */
export async function readCategoryRows(
  db: Kysely<Schema>,
  rows: readonly ImportRow[],
  mapping: Mapping,
  problems: Problems,
): Promise<{ line: number; value: CategoryRow }[]> {
  const existing = new Set((await createCategoryRepository(db).list()).map((c) => c.name.toLowerCase()));
  const read: { line: number; key: string; value: CategoryRow }[] = [];
  const names = new Set<string>();
  for (const row of rows) {
    const before = problems.length;
    const cells = rowCells(row, mapping, problems);
    const name = cells.required('name');
    if (name !== undefined && name.length > 40) cells.problem('name', 'too_long');
    if (name !== undefined && existing.has(name.toLowerCase())) cells.problem('name', 'name_taken');
    const parent = cells.cell('parent');
    if (parent !== '' && !existing.has(parent.toLowerCase()) && !names.has(parent.toLowerCase())) {
      cells.problem('parent', 'unknown_parent');
    }
    const sort = cells.cell('sortOrder');
    if (sort !== '' && !/^-?\d{1,6}$/.test(sort)) cells.problem('sortOrder', 'not_a_number');
    const color = cells.cell('color');
    if (color !== '' && !/^#(?:[0-9a-f]{3}){1,2}$/i.test(color)) cells.problem('color', 'bad_color');
    if (name !== undefined) names.add(name.toLowerCase());
    if (problems.length > before || name === undefined) continue;
    read.push({
      line: row.line,
      key: name.toLowerCase(),
      value: {
        name,
        parent: parent || null,
        sortOrder: sort === '' ? read.length : Number(sort),
        color: color || null,
      },
    });
  }
  return firstOfEach(read, 'name', problems);
}

/** Writes categories in file order (a parent before its children), each with its catalogue event. */
export async function writeCategories(tx: KassaContext, rows: readonly CategoryRow[]): Promise<void> {
  const categories = createCategoryRepository(tx.db);
  const ids = new Map((await categories.list()).map((c) => [c.name.toLowerCase(), c.id]));
  const made: string[] = [];
  for (const row of rows) {
    const id = newId(tx);
    const parentId = row.parent === null ? null : (ids.get(row.parent.toLowerCase()) ?? null);
    await categories.create({ id, name: row.name, parentId, sortOrder: row.sortOrder, color: row.color });
    ids.set(row.name.toLowerCase(), id);
    made.push(id);
  }
  const at = tx.clock();
  await createEventRepository(tx.db).appendMany(
    made.map((id) => ({
      storeId: null,
      type: CATALOG_EVENT_TYPES.category,
      refId: id,
      payload: {},
      createdAt: at,
    })),
  );
}

/**
 * Reads supplier rows with the API's own checks (name, phone, e-mail, lead time in days); a name
 * a supplier or a row above has is a problem.
 */
export async function readSupplierRows(
  db: Kysely<Schema>,
  rows: readonly ImportRow[],
  mapping: Mapping,
  problems: Problems,
) {
  const existing = new Set(
    (await createSupplierRepository(db).list({ includeInactive: true })).map((s) => s.name.toLowerCase()),
  );
  const read: { line: number; key: string; value: ReturnType<typeof CreateSupplierBody.parse> }[] = [];
  for (const row of rows) {
    const cells = rowCells(row, mapping, problems);
    const name = cells.required('name');
    if (name === undefined) continue;
    const lead = cells.cell('leadTimeDays');
    const parsed = CreateSupplierBody.safeParse({
      name,
      contact: cells.cell('contact'),
      phone: cells.cell('phone'),
      email: cells.cell('email'),
      ...(lead === '' ? {} : { leadTimeDays: /^\d+$/.test(lead) ? Number(lead) : Number.NaN }),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) cells.problem(String(issue.path[0] ?? 'name'), 'invalid');
      continue;
    }
    if (existing.has(name.toLowerCase())) {
      cells.problem('name', 'name_taken');
      continue;
    }
    read.push({ line: row.line, key: name.toLowerCase(), value: parsed.data });
  }
  return firstOfEach(read, 'name', problems);
}

/** Writes suppliers, in use. */
export async function writeSuppliers(
  tx: KassaContext,
  rows: readonly ReturnType<typeof CreateSupplierBody.parse>[],
): Promise<void> {
  const suppliers = createSupplierRepository(tx.db);
  const at = tx.clock();
  for (const row of rows) {
    await suppliers.create({ id: newId(tx), ...row, active: true, createdAt: at, updatedAt: at });
  }
}
