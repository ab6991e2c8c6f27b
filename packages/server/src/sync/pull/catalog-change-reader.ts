import type { Product } from '@kassa/api';
import { type ProductsTable, type Schema, toProduct } from '@kassa/db';
import type { Kysely, Selectable } from 'kysely';
import { toApiProduct } from '../../catalog/product-view';
import { CATALOG_EVENT_TYPES } from './catalog-change';

/** One catalogue event: which kind of row changed, and which row. */
export type CatalogEvent = {
  readonly seq: number;
  readonly kind: keyof typeof CATALOG_EVENT_TYPES;
  readonly refId: string;
};

const KIND_OF_TYPE: ReadonlyMap<string, CatalogEvent['kind']> = new Map(
  Object.entries(CATALOG_EVENT_TYPES).map(([kind, type]) => [type, kind as CatalogEvent['kind']]),
);

/**
 * The reads of the register's pull: catalogue events of one store by seq, and products by id in
 * the API's shape (barcodes included). Each answers in two queries at most, whatever the page size.
 */
export type CatalogChangeReader = {
  /**
   * Catalogue events with `after < seq <= upTo`, oldest first, at most `limit`: every product,
   * category and tax-class event (they are instance-wide) and the settings events of `storeId`.
   */
  eventsAfter(storeId: string, after: number, upTo: number, limit: number): Promise<CatalogEvent[]>;
  /** Active products with an id above `afterId` (null: from the first), in id order, at most `limit`. */
  activeProductsAfter(afterId: string | null, limit: number): Promise<Product[]>;
  /** The products with these ids (inactive ones too), in id order; unknown ids are left out. */
  productsByIds(ids: readonly string[]): Promise<Product[]>;
};

/** The pull's reads on `db`. */
export function createCatalogChangeReader(db: Kysely<Schema>): CatalogChangeReader {
  return {
    async eventsAfter(storeId, after, upTo, limit) {
      const rows = await db
        .selectFrom('events')
        .select(['seq', 'type', 'ref_id'])
        .where('seq', '>', after)
        .where('seq', '<=', upTo)
        .where((eb) =>
          eb.or([
            eb('type', 'in', [
              CATALOG_EVENT_TYPES.product,
              CATALOG_EVENT_TYPES.category,
              CATALOG_EVENT_TYPES.taxClass,
            ]),
            eb.and([eb('type', '=', CATALOG_EVENT_TYPES.store), eb('store_id', '=', storeId)]),
          ]),
        )
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.flatMap((row) => {
        const kind = KIND_OF_TYPE.get(row.type);
        return kind && row.ref_id !== null ? [{ seq: Number(row.seq), kind, refId: row.ref_id }] : [];
      });
    },
    async activeProductsAfter(afterId, limit) {
      let select = db.selectFrom('products').selectAll().where('active', '=', 1);
      if (afterId !== null) select = select.where('id', '>', afterId);
      const rows = await select.orderBy('id').limit(limit).execute();
      const first = rows[0];
      const last = rows.at(-1);
      if (!first || !last) return [];
      // The page's id range, not `IN (…ids)`: a page of 1000 stays within every bound-parameter limit.
      const barcodes = await db
        .selectFrom('product_barcodes')
        .select(['barcode', 'product_id'])
        .where('product_id', '>=', first.id)
        .where('product_id', '<=', last.id)
        .orderBy('barcode')
        .execute();
      return withBarcodes(rows, barcodes);
    },
    async productsByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('products').selectAll().where('id', 'in', ids).orderBy('id').execute();
      const barcodes = await db
        .selectFrom('product_barcodes')
        .select(['barcode', 'product_id'])
        .where('product_id', 'in', ids)
        .orderBy('barcode')
        .execute();
      return withBarcodes(rows, barcodes);
    },
  };
}

function withBarcodes(
  rows: readonly Selectable<ProductsTable>[],
  barcodes: readonly { barcode: string; product_id: string }[],
): Product[] {
  const byProduct = new Map<string, string[]>();
  for (const { barcode, product_id } of barcodes) {
    const list = byProduct.get(product_id);
    if (list) list.push(barcode);
    else byProduct.set(product_id, [barcode]);
  }
  return rows.map((row) => toApiProduct(toProduct(row, byProduct.get(row.id) ?? [])));
}
