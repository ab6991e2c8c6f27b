import { CreateProductBody } from '@kassa/api';
import { validateGtin } from '@kassa/core';
import { createCategoryRepository, createTaxClassRepository, type NewProduct, type Schema } from '@kassa/db';
import type { Kysely } from 'kysely';
import { type ImportRow, type Problems, rowCells } from './import-cells';

/** A product row ready to write, and the category it names when that has to be made. */
export type ProductRow = {
  readonly line: number;
  readonly product: Omit<NewProduct, 'id' | 'createdAt'>;
  readonly newCategory: string | null;
};

const UNITS: Readonly<Record<string, 'piece' | 'kg'>> = {
  '': 'piece',
  piece: 'piece',
  pc: 'piece',
  pcs: 'piece',
  ea: 'piece',
  each: 'piece',
  件: 'piece',
  个: 'piece',
  只: 'piece',
  瓶: 'piece',
  包: 'piece',
  盒: 'piece',
  袋: 'piece',
  罐: 'piece',
  支: 'piece',
  kg: 'kg',
  公斤: 'kg',
  千克: 'kg',
};

/** Where the API field of a product is in the file. */
const FIELD_OF: Readonly<Record<string, string>> = {
  sku: 'sku',
  name: 'name',
  price: 'price',
  cost: 'cost',
  barcodes: 'barcode',
  unit: 'unit',
  categoryId: 'category',
  taxClassId: 'taxRate',
  trackStock: 'trackStock',
};

/**
 * Reads product rows: SKU, name and price required; barcodes (several split by | , ; or spaces)
 * with their check digits; money in the store's currency; the unit in the words shops use (件, 个,
 * kg, 公斤…); the category by name (made when `createCategories`, else `unknown_category`); the
 * tax rate as '13%', '0.13' or a tax class name (the catalogue's most used class when empty); then
 * the API's own product checks. Each problem is reported with its line; rows with one are left out.
 */
export async function readProductRows(
  db: Kysely<Schema>,
  rows: readonly ImportRow[],
  mapping: Readonly<Record<string, number | null>>,
  options: { readonly currency: string; readonly createCategories: boolean },
  problems: Problems,
): Promise<ProductRow[]> {
  const categories = new Map(
    (await createCategoryRepository(db).list()).map((c) => [c.name.trim().toLowerCase(), c.id]),
  );
  const taxClasses = await createTaxClassRepository(db).list();
  const defaultTaxClass = await mostUsedTaxClass(db, taxClasses[0]?.id ?? '');
  const read: ProductRow[] = [];
  for (const row of rows) {
    const before = problems.length;
    const cells = rowCells(row, mapping, problems);
    const sku = cells.required('sku');
    const name = cells.required('name');
    const price = cells.required('price') === undefined ? undefined : cells.money('price', options.currency);
    const cost = cells.money('cost', options.currency);
    const unit = UNITS[cells.cell('unit').toLowerCase()];
    if (unit === undefined) cells.problem('unit', 'bad_unit');
    const barcodes: string[] = [];
    for (const code of cells
      .cell('barcode')
      .split(/[|,;\s]+/)
      .filter(Boolean)) {
      const gtin = validateGtin(code);
      if (gtin.ok) barcodes.push(gtin.value.normalized);
      else
        cells.problem(
          'barcode',
          gtin.error.code === 'bad_check_digit' ? 'bad_check_digit' : 'bad_barcode',
          code,
        );
    }
    const categoryName = cells.cell('category');
    const categoryId = categoryName === '' ? null : (categories.get(categoryName.toLowerCase()) ?? null);
    if (categoryName !== '' && categoryId === null && !options.createCategories)
      cells.problem('category', 'unknown_category');
    const taxText = cells.cell('taxRate');
    const taxClassId = taxText === '' ? defaultTaxClass : taxClassOf(taxClasses, taxText);
    if (taxClassId === undefined) cells.problem('taxRate', 'unknown_tax_rate');
    const trackStock = cells.flag('trackStock');
    if (problems.length > before || sku === undefined || name === undefined || typeof price !== 'number')
      continue;
    const parsed = CreateProductBody.safeParse({
      sku,
      name,
      price,
      cost: cost ?? null,
      unit,
      barcodes,
      categoryId: null,
      taxClassId: taxClassId ?? '',
      trackStock: trackStock ?? true,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELD_OF[String(issue.path[0])] ?? null;
        cells.problem(field, 'invalid');
      }
      continue;
    }
    const { reorderPoints: _, ...product } = parsed.data;
    read.push({
      line: row.line,
      product: { ...product, categoryId, barcodes: [...new Set(product.barcodes)] },
      newCategory: categoryName !== '' && categoryId === null ? categoryName : null,
    });
  }
  return read;
}

/** A tax class by rate ('13%', '13', '0.13') or by name. */
function taxClassOf(
  classes: readonly { id: string; name: string; ratePpm: number }[],
  text: string,
): string | undefined {
  const byName = classes.find((c) => c.name.toLowerCase() === text.toLowerCase());
  if (byName) return byName.id;
  const match = /^(\d+(?:\.\d+)?)\s*(%)?$/.exec(text.normalize('NFKC'));
  if (!match) return undefined;
  const number = Number(match[1]);
  const percent = match[2] !== undefined || number >= 1 ? number : number * 100;
  return classes.find((c) => Math.abs(c.ratePpm / 10_000 - percent) < 1e-6)?.id;
}

/** The tax class most products have: what a row without a tax rate gets. */
async function mostUsedTaxClass(db: Kysely<Schema>, fallback: string): Promise<string> {
  const row = await db
    .selectFrom('products')
    .select(['tax_class_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('tax_class_id')
    .orderBy('n', 'desc')
    .orderBy('tax_class_id')
    .executeTakeFirst();
  return row?.tax_class_id ?? fallback;
}
