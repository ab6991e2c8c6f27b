import { type Product, QUICK_KEY_LIMIT } from '@kassa/api';
import type { ShownQuickKey } from './use-quick-keys';

/** Why a product was not added to the favourites being edited. */
export type AppendRefusal = 'already' | 'full';

/**
 * The favourites with `product` added at the end, as the server will take them: each product once,
 * at most {@link QUICK_KEY_LIMIT} keys. Its key has no label or colour of its own.
 */
export function appendQuickKey(
  keys: readonly ShownQuickKey[],
  product: Product,
):
  | { readonly ok: true; readonly keys: readonly ShownQuickKey[] }
  | { readonly ok: false; readonly reason: AppendRefusal } {
  if (keys.some((shown) => shown.product.id === product.id)) return { ok: false, reason: 'already' };
  if (keys.length >= QUICK_KEY_LIMIT) return { ok: false, reason: 'full' };
  return { ok: true, keys: [...keys, { key: { productId: product.id, label: null, color: null }, product }] };
}

/** The keys with the one at `index` swapped with its neighbour (−1 left, +1 right); at an end, unchanged. */
export function moveQuickKey<K>(keys: readonly K[], index: number, delta: -1 | 1): readonly K[] {
  const other = index + delta;
  if (index < 0 || other < 0 || index >= keys.length || other >= keys.length) return keys;
  const moved = [...keys];
  [moved[index], moved[other]] = [keys[other] as K, keys[index] as K];
  return moved;
}

/** The keys without the one at `index`. */
export function removeQuickKey<K>(keys: readonly K[], index: number): readonly K[] {
  return keys.filter((_, n) => n !== index);
}
