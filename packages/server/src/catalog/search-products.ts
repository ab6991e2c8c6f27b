import type { Product as ApiProduct } from '@kassa/api';
import { createProductRepository, type Product, type ProductCursor } from '@kassa/db';
import { decodeCursor, encodeCursor } from '../http/page-cursor';
import type { KassaContext } from '../kassa-context';
import { toApiProduct } from './product-view';

/** A product search as the API takes it. */
export type ProductSearchQuery = {
  readonly q?: string | undefined;
  readonly categoryId?: string | undefined;
  readonly includeInactive?: 'true' | 'false' | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
};

/**
 * Products whose name or SKU contains `q`, by name then id, a page at a time with a keyset cursor
 * (stable under inserts, unlike offsets). A category filter pages through the repository's search
 * until the page is full, so the cursor stays the position of the last product returned.
 */
export async function searchProducts(
  ctx: KassaContext,
  query: ProductSearchQuery,
): Promise<{ items: ApiProduct[]; nextCursor: string | null }> {
  const repository = createProductRepository(ctx.db);
  let after: ProductCursor | undefined =
    query.cursor === undefined ? undefined : decodeCursor(query.cursor, { name: 'string', id: 'string' });
  const items: Product[] = [];
  let nextCursor: string | null = null;
  for (;;) {
    const page = await repository.search(query.q ?? '', {
      limit: query.limit,
      ...(after ? { after } : {}),
      includeInactive: query.includeInactive === 'true',
    });
    const full = page.items.some((product, index) => {
      if (query.categoryId !== undefined && product.categoryId !== query.categoryId) return false;
      items.push(product);
      // Filled mid-page: more may follow, so hand out a cursor unless this was the very last product.
      return items.length === query.limit && (index < page.items.length - 1 || page.next !== undefined);
    });
    const last = items.at(-1);
    if (full && last) nextCursor = encodeCursor({ name: last.name, id: last.id });
    if (full || page.next === undefined || items.length === query.limit) break;
    after = page.next;
  }
  return { items: items.map(toApiProduct), nextCursor };
}
