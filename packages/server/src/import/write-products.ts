import {
  createCategoryRepository,
  createEventRepository,
  createProductRepository,
  type Schema,
} from '@kassa/db';
import type { Kysely } from 'kysely';
import { type KassaContext, newId } from '../kassa-context';
import { CATALOG_EVENT_TYPES } from '../sync/pull/catalog-change';
import type { Problems } from './import-cells';
import type { ProductRow } from './import-products';

/**
 * The product rows that can be written: a SKU or barcode a row before it in the file has, or the
 * catalogue has, is a problem (`duplicate_in_file`, `sku_taken`, `barcode_taken`).
 */
export async function freeProductRows(
  db: Kysely<Schema>,
  rows: readonly ProductRow[],
  problems: Problems,
): Promise<ProductRow[]> {
  const skus = new Set<string>();
  const barcodes = new Set<string>();
  const takenSkus = await existing(
    db,
    'products',
    rows.map((row) => row.product.sku),
  );
  const takenBarcodes = await existing(
    db,
    'product_barcodes',
    rows.flatMap((row) => row.product.barcodes),
  );
  const free: ProductRow[] = [];
  for (const row of rows) {
    const { sku } = row.product;
    const before = problems.length;
    if (skus.has(sku)) problems.push({ line: row.line, field: 'sku', code: 'duplicate_in_file', value: sku });
    else if (takenSkus.has(sku))
      problems.push({ line: row.line, field: 'sku', code: 'sku_taken', value: sku });
    for (const barcode of row.product.barcodes) {
      if (barcodes.has(barcode))
        problems.push({ line: row.line, field: 'barcode', code: 'duplicate_in_file', value: barcode });
      else if (takenBarcodes.has(barcode))
        problems.push({ line: row.line, field: 'barcode', code: 'barcode_taken', value: barcode });
    }
    skus.add(sku);
    for (const barcode of row.product.barcodes) barcodes.add(barcode);
    if (problems.length === before) free.push(row);
  }
  return free;
}

/**
 * Writes the products in the caller's transaction: the categories they name that the catalogue
 * lacks first, then the products in multi-row inserts, then one catalogue event per row written so
 * registers pull them. Answers how many categories were made.
 */
export async function writeProducts(
  tx: KassaContext,
  rows: readonly ProductRow[],
): Promise<{ createdCategories: number }> {
  const categories = createCategoryRepository(tx.db);
  const existingCount = (await categories.list()).length;
  const made = new Map<string, string>();
  for (const row of rows) {
    if (row.newCategory === null || made.has(row.newCategory.toLowerCase())) continue;
    const id = newId(tx);
    await categories.create({
      id,
      name: row.newCategory,
      parentId: null,
      sortOrder: existingCount + made.size,
      color: null,
    });
    made.set(row.newCategory.toLowerCase(), id);
  }
  const at = tx.clock();
  const products = rows.map((row) => ({
    ...row.product,
    categoryId:
      row.newCategory === null ? row.product.categoryId : (made.get(row.newCategory.toLowerCase()) ?? null),
    id: newId(tx),
    createdAt: at,
  }));
  await createProductRepository(tx.db).createMany(products);
  await createEventRepository(tx.db).appendMany([
    ...[...made.values()].map((id) => ({
      storeId: null,
      type: CATALOG_EVENT_TYPES.category,
      refId: id,
      payload: {},
      createdAt: at,
    })),
    ...products.map((p) => ({
      storeId: null,
      type: CATALOG_EVENT_TYPES.product,
      refId: p.id,
      payload: {},
      createdAt: at,
    })),
  ]);
  return { createdCategories: made.size };
}

/** Which of `values` the SKUs (`products`) or barcodes (`product_barcodes`) have, read 500 at a time. */
async function existing(
  db: Kysely<Schema>,
  table: 'products' | 'product_barcodes',
  values: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows =
      table === 'products'
        ? await db.selectFrom('products').select('sku as value').where('sku', 'in', chunk).execute()
        : await db
            .selectFrom('product_barcodes')
            .select('barcode as value')
            .where('barcode', 'in', chunk)
            .execute();
    for (const row of rows) found.add(row.value);
  }
  return found;
}
