import { currencyExponent, decimalText, guardFormula } from '@kassa/core';
import {
  createCategoryRepository,
  createStockLocationRepository,
  createStockRepository,
  createSupplierRepository,
  createTaxClassRepository,
  type Schema,
} from '@kassa/db';
import type { Kysely } from 'kysely';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { visibleStore } from '../stores/visible-store';

type Cell = string | number | null;

/**
 * Products, categories, suppliers or a store's stock as CSV: UTF-8 with a byte-order mark (so
 * Excel on Chinese Windows reads it), the column names the import reads back, RFC 4180 quoting, and
 * text that a spreadsheet would run as a formula (= + - @ first) prefixed with a quote.
 * @throws HttpError `store_not_found` (stock without a store the caller sees).
 */
export async function exportRecords(
  ctx: KassaContext,
  auth: AuthSession,
  entity: 'products' | 'categories' | 'suppliers' | 'stock',
  storeId: string | undefined,
): Promise<Response> {
  let rows: Cell[][];
  switch (entity) {
    case 'products':
      rows = await productRows(ctx.db);
      break;
    case 'categories': {
      const categories = await createCategoryRepository(ctx.db).list();
      const names = new Map(categories.map((c) => [c.id, c.name]));
      rows = [
        ['name', 'parent', 'sortOrder', 'color'],
        ...categories.map((c) => [
          c.name,
          c.parentId === null ? null : (names.get(c.parentId) ?? null),
          c.sortOrder,
          c.color,
        ]),
      ];
      break;
    }
    case 'suppliers':
      rows = [
        ['name', 'contact', 'phone', 'email', 'leadTimeDays'],
        ...(await createSupplierRepository(ctx.db).list({ includeInactive: true })).map((s) => [
          s.name,
          s.contact,
          s.phone,
          s.email,
          s.leadTimeDays,
        ]),
      ];
      break;
    case 'stock': {
      if (storeId === undefined) throw new HttpError('store_not_found');
      rows = await stockRows(ctx, auth, storeId);
      break;
    }
  }
  const text = `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
  return new Response(text, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="kassa-${entity}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

/** Prices in the currency of the merchant's stores (the first store's). */
async function moneyExponent(db: Kysely<Schema>): Promise<number> {
  const store = await db.selectFrom('stores').select('currency').orderBy('created_at').executeTakeFirst();
  return currencyExponent(store?.currency ?? 'CNY');
}

async function productRows(db: Kysely<Schema>): Promise<Cell[][]> {
  const exponent = await moneyExponent(db);
  const categories = new Map((await createCategoryRepository(db).list()).map((c) => [c.id, c.name]));
  const rates = new Map(
    (await createTaxClassRepository(db).list()).map((t) => [t.id, `${decimalText(t.ratePpm, 4, true)}%`]),
  );
  const products = await db.selectFrom('products').selectAll().orderBy('sku').execute();
  const barcodes = await db.selectFrom('product_barcodes').selectAll().orderBy('barcode').execute();
  const byProduct = new Map<string, string[]>();
  for (const row of barcodes)
    byProduct.set(row.product_id, [...(byProduct.get(row.product_id) ?? []), row.barcode]);
  return [
    ['sku', 'name', 'price', 'barcode', 'cost', 'unit', 'category', 'taxRate', 'trackStock'],
    ...products.map((p) => [
      p.sku,
      p.name,
      decimalText(Number(p.price), exponent),
      (byProduct.get(p.id) ?? []).join('|'),
      p.cost === null ? null : decimalText(Number(p.cost), exponent),
      p.unit,
      p.category_id === null ? null : (categories.get(p.category_id) ?? null),
      rates.get(p.tax_class_id) ?? null,
      p.track_stock === 1 ? 'yes' : 'no',
    ]),
  ];
}

async function stockRows(ctx: KassaContext, auth: AuthSession, storeId: string): Promise<Cell[][]> {
  const store = await visibleStore(ctx, auth, storeId);
  const exponent = currencyExponent(store.currency);
  const locations = new Map(
    (await createStockLocationRepository(ctx.db).list([store.id])).map((l) => [l.id, l.name]),
  );
  const levels = await createStockRepository(ctx.db).listLevels(store.id);
  const skus = new Map(
    (await ctx.db.selectFrom('products').select(['id', 'sku', 'cost']).execute()).map((p) => [p.id, p]),
  );
  return [
    ['product', 'quantity', 'location', 'unitCost'],
    ...levels
      .filter((level) => level.onHand !== 0)
      .map((level) => {
        const product = skus.get(level.productId);
        return [
          product?.sku ?? level.productId,
          decimalText(level.onHand, 3, true),
          locations.get(level.locationId) ?? null,
          product?.cost == null ? null : decimalText(Number(product.cost), exponent),
        ];
      }),
  ];
}

/** One CSV field: quoted when it holds a comma, a quote or a line break; text guarded against formulas. */
function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
