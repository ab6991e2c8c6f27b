import { prepareQuery, type Schema } from '@kassa/db';
import type { Kysely } from 'kysely';

/** What pricing a sale needs of a product: its catalogue data and its tax rate. */
export type SaleProduct = {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly unit: 'piece' | 'kg';
  readonly price: number;
  readonly cost: number | null;
  readonly trackStock: boolean;
  readonly openPrice: boolean;
  readonly plu: string | null;
  readonly active: boolean;
  readonly ratePpm: number;
};

const saleProductsQuery = prepareQuery((db, params: { ids: string[] }) =>
  db
    .selectFrom('products')
    .innerJoin('tax_classes', 'tax_classes.id', 'products.tax_class_id')
    .select([
      'products.id',
      'products.sku',
      'products.name',
      'products.unit',
      'products.price',
      'products.cost',
      'products.track_stock',
      'products.open_price',
      'products.plu',
      'products.active',
      'tax_classes.rate_ppm',
    ])
    .where('products.id', 'in', params.ids),
);

/**
 * The products of a sale with their tax rates, in one query: the sale hot path cannot afford a
 * round trip per line. Stock documents and reports may ask for tens of thousands: those are read
 * a page at a time, under the databases' bound-parameter limits. (A read of the products and
 * tax_classes tables only; writes stay in the repositories of @kassa/db.)
 */
export async function loadSaleProducts(
  db: Kysely<Schema>,
  productIds: readonly string[],
): Promise<Map<string, SaleProduct>> {
  if (productIds.length === 0) return new Map();
  if (productIds.length <= PRODUCTS_PER_READ) return readSaleProducts(db, productIds);
  const products = new Map<string, SaleProduct>();
  const unique = [...new Set(productIds)];
  for (let start = 0; start < unique.length; start += PRODUCTS_PER_READ) {
    for (const [id, product] of await readSaleProducts(db, unique.slice(start, start + PRODUCTS_PER_READ))) {
      products.set(id, product);
    }
  }
  return products;
}

/** Products per query when many are asked for. */
const PRODUCTS_PER_READ = 500;

async function readSaleProducts(
  db: Kysely<Schema>,
  productIds: readonly string[],
): Promise<Map<string, SaleProduct>> {
  const rows = await saleProductsQuery.execute(db, { ids: [...productIds] });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        sku: row.sku,
        name: row.name,
        unit: row.unit,
        price: row.price,
        cost: row.cost,
        trackStock: row.track_stock === 1,
        openPrice: row.open_price === 1,
        plu: row.plu,
        active: row.active === 1,
        ratePpm: row.rate_ppm,
      },
    ]),
  );
}
