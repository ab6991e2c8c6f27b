import type { ShopProduct } from './report-shop';
import type { SeededRandom } from './seeded-random';

/** Picks a product index, popular products more often; `products` are the ones it picks from. */
export type ProductPicker = { (): number; readonly products: readonly ShopProduct[] };

/**
 * Zipf-like popularity (weight 1 / rank^0.9) over the products in a shuffled order, so a few
 * hundred products make most of the lines and every product sells now and then.
 */
export function productPicker(products: readonly ShopProduct[], random: SeededRandom): ProductPicker {
  const ranks = products.map((_, index) => index);
  for (let i = ranks.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [ranks[i], ranks[j]] = [ranks[j] as number, ranks[i] as number];
  }
  const cumulative = new Float64Array(products.length);
  let total = 0;
  for (const [index, rank] of ranks.entries()) {
    total += 1 / (rank + 1) ** 0.9;
    cumulative[index] = total;
  }
  const pick = () => {
    const u = random.next() * total;
    let [low, high] = [0, cumulative.length - 1];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] as number) > u) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  return Object.assign(pick, { products });
}
