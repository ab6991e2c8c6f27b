import { QUICK_KEY_LIMIT } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../testing/catalog-fixture';
import { appendQuickKey, moveQuickKey, removeQuickKey } from './quick-key-draft';
import type { ShownQuickKey } from './use-quick-keys';

const [cola, apple, cake, bread] = CATALOG.products;
if (!cola || !apple || !cake || !bread) throw new Error('the fixture catalogue is short');
const shown = (product: typeof cola, label: string | null = null): ShownQuickKey => ({
  key: { productId: product.id, label, color: label ? '#ff9500' : null },
  product,
});
const skus = (keys: readonly ShownQuickKey[]) => keys.map((k) => k.product.sku);
const grid = [shown(cola), shown(apple, '苹果'), shown(cake)];

describe('editing the favourites at the register', () => {
  it('adds a tapped product at the end, without a label or colour of its own, and only once', () => {
    const added = appendQuickKey(grid, bread);
    expect(added.ok && skus(added.keys)).toEqual(['COLA-330', 'APPLE', 'CAKE', 'BREAD']);
    expect(added.ok && added.keys[3]?.key).toEqual({ productId: bread.id, label: null, color: null });
    expect(appendQuickKey(grid, apple)).toEqual({ ok: false, reason: 'already' });
  });

  it('stops at a full grid', () => {
    const full = Array.from({ length: QUICK_KEY_LIMIT }, (_, n) => shown({ ...cola, id: `p${n}` }));
    expect(appendQuickKey(full, bread)).toEqual({ ok: false, reason: 'full' });
    expect(appendQuickKey(full.slice(1), bread).ok).toBe(true);
  });

  it('moves a key left and right with its label and colour, not past either end', () => {
    expect(moveQuickKey(grid, 1, -1)).toEqual([grid[1], grid[0], grid[2]]);
    expect(skus(moveQuickKey(grid, 1, 1))).toEqual(['COLA-330', 'CAKE', 'APPLE']);
    expect(moveQuickKey(grid, 0, -1)).toBe(grid);
    expect(moveQuickKey(grid, 2, 1)).toBe(grid);
  });

  it('removes a key', () => {
    expect(skus(removeQuickKey(grid, 1))).toEqual(['COLA-330', 'CAKE']);
    expect(removeQuickKey(grid, 5)).toEqual(grid);
  });
});
