import { createRegisterRepository } from '@kassa/db';
import { type KassaContext, setQuickKeys } from '@kassa/server';
import type { SeededProduct } from './seed-demo-catalog';

/** A favourite key of the demo registers: a demo product by name, its short label (or none) and colour. */
type DemoQuickKey = readonly [name: string, label: string | null, color: string];

/**
 * What a neighbourhood supermarket's cashiers ring up by hand most: loose produce, meat and eggs
 * weighed at the register (no scale label), then the everyday staples.
 */
export const DEMO_QUICK_KEYS: readonly DemoQuickKey[] = [
  ['香蕉', null, '#f5d90a'],
  ['苹果 红富士', '红富士苹果', '#e5484d'],
  ['西红柿', null, '#e5484d'],
  ['土豆', null, '#a18072'],
  ['鸡蛋 (散装)', '散装鸡蛋', '#c2410c'],
  ['猪肉 五花肉', '五花肉', '#c2410c'],
  ['农夫山泉 饮用天然水 550ml', '农夫山泉 550ml', '#0090ff'],
  ['可口可乐 330ml', '可乐 330ml', '#0090ff'],
  ['伊利 纯牛奶 250ml', '伊利纯牛奶', '#30a46c'],
  ['康师傅 红烧牛肉面 桶装', '康师傅桶面', '#d6409f'],
  ['双汇 王中王火腿肠 30g×9', '王中王火腿肠', '#d6409f'],
  ['达利园 法式软面包 香奶味 200g', '法式软面包', '#f76b15'],
];

/** Gives every register of the demo store the same favourites grid, through the API's use-case. */
export async function seedDemoQuickKeys(
  ctx: KassaContext,
  storeId: string,
  products: readonly SeededProduct[],
): Promise<void> {
  const byName = new Map(products.map((p) => [p.name, p.id]));
  const keys = DEMO_QUICK_KEYS.map(([name, label, color]) => {
    const productId = byName.get(name);
    if (productId === undefined) throw new Error(`the demo favourites name an unknown product ${name}`);
    return { productId, label, color };
  });
  for (const register of await createRegisterRepository(ctx.db).listByStore(storeId)) {
    await setQuickKeys(ctx, register, { keys });
  }
}
