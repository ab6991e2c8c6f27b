import type { Product } from '@kassa/api';
import type { CatalogIndex } from './catalog-index';

/**
 * Local search over the catalogue in memory: every word of the query must appear in the product's
 * name or SKU (case-insensitive); an exact SKU match comes first. At most `limit` results, so a
 * one-letter query over 100k products stays instant.
 */
export function searchProducts(index: CatalogIndex, query: string, limit = 60): Product[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const exact: Product[] = [];
  const found: Product[] = [];
  const wanted = query.trim().toLowerCase();
  for (const [i, product] of index.products.entries()) {
    const text = index.searchText[i] ?? '';
    if (!words.every((w) => text.includes(w))) continue;
    if (product.sku.toLowerCase() === wanted) exact.push(product);
    else if (found.length < limit) found.push(product);
    if (exact.length >= limit) break;
  }
  return [...exact, ...found].slice(0, limit);
}
