import { type CashRoundingRule, gtinCheckDigit, type PricingSettings, type RoundingMode } from '@kassa/core';
import {
  createCategoryRepository,
  createRegisterRepository,
  createStaffRepository,
  createStoreRepository,
  createTaxClassRepository,
  inTransaction,
  type KassaDatabase,
} from '@kassa/db';
import { bootstrapFirstStart, createProduct, newId } from '@kassa/server';
import type { SaleProduct } from '../packages/server/src/sales/sale-products';
import type { SeededRandom } from './seeded-random';

/** A product as the sales generator sells it: what the server prices a sale with, and a barcode. */
export type ShopProduct = Pick<SaleProduct, 'id' | 'sku' | 'name' | 'unit' | 'price' | 'cost' | 'ratePpm'> & {
  readonly barcode: string | null;
};

export type ShopStore = {
  readonly id: string;
  readonly code: string;
  readonly timeZone: string;
  /** How its tickets are priced and its cash rounded (抹零), as the server does it. */
  readonly pricing: PricingSettings;
  readonly cashRounding: CashRoundingRule;
  readonly registers: readonly { readonly id: string; readonly code: string }[];
  readonly cashiers: readonly string[];
  readonly managerId: string;
  /** How busy it is next to the first store. */
  readonly traffic: number;
};

export type Shop = { readonly stores: readonly ShopStore[]; readonly products: readonly ShopProduct[] };

/** name, product count share, price range in fen, weighed, tax class index (0 13%, 1 9%, 2 exempt). */
const CATEGORIES: readonly (readonly [string, number, number, number, boolean, number])[] = [
  ['饮料', 9, 250, 1500, false, 0],
  ['零食', 12, 300, 3500, false, 0],
  ['乳制品', 6, 350, 6000, false, 0],
  ['方便食品', 6, 300, 2500, false, 0],
  ['粮油', 5, 800, 12000, false, 1],
  ['调味品', 6, 300, 3000, false, 0],
  ['酒类', 5, 800, 60000, false, 0],
  ['日化', 7, 500, 8000, false, 0],
  ['个人护理', 6, 800, 12000, false, 0],
  ['纸品', 3, 600, 6000, false, 0],
  ['冷冻食品', 5, 800, 8000, false, 0],
  ['面包糕点', 4, 300, 3000, false, 0],
  ['糖果巧克力', 4, 200, 8000, false, 0],
  ['冲调饮品', 3, 1000, 10000, false, 0],
  ['母婴', 3, 2000, 30000, false, 0],
  ['宠物用品', 2, 500, 15000, false, 0],
  ['文具', 3, 100, 3000, false, 0],
  ['家居', 4, 500, 20000, false, 0],
  ['水果', 3, 600, 4000, true, 1],
  ['蔬菜', 2, 200, 1600, true, 2],
  ['肉禽', 1, 1800, 9000, true, 1],
  ['水产', 1, 2000, 16000, true, 1],
];

const STORES = [
  { code: 'S01', name: '我的小店', registers: ['01', '02', '03'], traffic: 1 },
  { code: 'S02', name: '二号店', registers: ['01', '02'], traffic: 0.7 },
] as const;

const CASHIERS_PER_STORE = 4;

/**
 * Sets up the shop the report benchmark sells in, on a migrated database, with the server's own
 * first start, repositories and product use-case: two stores in one currency and time zone, their
 * registers, a manager and cashiers each, and `productCount` products in 22 categories with prices,
 * costs (some unknown) and tax classes. Products do not track stock, so sales need no stock rows.
 */
export async function setUpShop(
  kassa: KassaDatabase,
  options: { readonly ownerPassword: string; readonly productCount: number; readonly createdAt: number },
  random: SeededRandom,
): Promise<Shop> {
  const ctx = { db: kassa.db, clock: () => options.createdAt, random: (n: number) => random.bytes(n) };
  await bootstrapFirstStart(ctx, { ownerPassword: options.ownerPassword });
  return inTransaction(kassa.db, async (trx) => {
    const tx = { ...ctx, db: trx };
    const storeRepository = createStoreRepository(trx);
    const [first] = await storeRepository.list();
    if (!first) throw new Error('the first start made no store');
    const stores: ShopStore[] = [];
    for (const [index, plan] of STORES.entries()) {
      const store =
        index === 0
          ? first
          : await storeRepository.create({
              ...first,
              id: newId(tx),
              code: plan.code,
              name: plan.name,
              createdAt: options.createdAt,
            });
      const registers = createRegisterRepository(trx);
      const existing = await registers.listByStore(store.id);
      const made = [];
      for (const code of plan.registers) {
        made.push(
          existing.find((register) => register.code === code) ??
            (await registers.create({
              id: newId(tx),
              storeId: store.id,
              code,
              name: `${Number(code)}号收银台`,
              active: true,
              createdAt: options.createdAt,
            })),
        );
      }
      const staff = createStaffRepository(trx);
      const member = async (role: 'manager' | 'cashier', n: number) =>
        (
          await staff.create({
            id: newId(tx),
            username: `${plan.code.toLowerCase()}${role}${n}`,
            displayName: `${plan.name}${role === 'manager' ? '店长' : `收银员${n}`}`,
            roleId: role,
            passwordHash: null,
            pinHash: null,
            active: true,
            createdAt: options.createdAt,
            storeIds: [store.id],
          })
        ).id;
      const managerId = await member('manager', 1);
      const cashiers = [];
      for (let n = 1; n <= CASHIERS_PER_STORE; n++) cashiers.push(await member('cashier', n));
      stores.push({
        id: store.id,
        code: store.code,
        timeZone: store.timeZone,
        pricing: {
          tax: {
            mode: store.taxMode,
            rounding: store.taxRounding,
            inclusiveTarget: store.taxInclusiveTarget,
          },
          roundingMode: store.roundingMode as RoundingMode,
        },
        cashRounding: { increment: store.cashRoundingIncrement, mode: store.cashRoundingMode },
        registers: made.map((register) => ({ id: register.id, code: register.code })),
        cashiers,
        managerId,
        traffic: plan.traffic,
      });
    }
    const products = await createProducts(tx, options.productCount, random);
    return { stores, products };
  });
}

async function createProducts(
  ctx: Parameters<typeof createProduct>[0],
  count: number,
  random: SeededRandom,
): Promise<ShopProduct[]> {
  const taxClasses = await createTaxClassRepository(ctx.db).list();
  const byRate = [130_000, 90_000, 0].map((rate) => {
    const taxClass = taxClasses.find((t) => t.ratePpm === rate);
    if (!taxClass) throw new Error(`no tax class at ${rate} ppm`);
    return taxClass;
  });
  const shares = CATEGORIES.reduce((sum, [, share]) => sum + share, 0);
  const products: ShopProduct[] = [];
  for (const [sortOrder, [name, share, low, high, weighed, taxIndex]] of CATEGORIES.entries()) {
    const category = await createCategoryRepository(ctx.db).create({
      id: newId(ctx),
      name,
      parentId: null,
      sortOrder,
      color: null,
    });
    const taxClass = byRate[taxIndex] as (typeof byRate)[number];
    const inCategory = Math.round((count * share) / shares);
    for (let n = 1; n <= inCategory && products.length < count; n++) {
      const serial = products.length + 1;
      // Log-uniform prices: many cheap goods, a few dear ones, in whole jiao.
      const price = Math.max(10, Math.round((low * (high / low) ** random.next()) / 10) * 10);
      // About one product in twelve has no known cost (margin cannot cover it).
      const cost = random.chance(1 / 12) ? null : Math.round(price * (0.55 + 0.3 * random.next()));
      const body = `692${String(serial).padStart(9, '0')}`;
      const barcode = weighed ? null : `${body}${gtinCheckDigit(body)}`;
      const created = await createProduct(ctx, {
        sku: `R${String(serial).padStart(5, '0')}`,
        name: `${name} ${n}`,
        categoryId: category.id,
        unit: weighed ? 'kg' : 'piece',
        price,
        cost,
        taxClassId: taxClass.id,
        trackStock: false,
        barcodes: barcode ? [barcode] : [],
      });
      products.push({
        id: created.id,
        sku: created.sku,
        name: created.name,
        unit: weighed ? 'kg' : 'piece',
        price,
        cost,
        ratePpm: taxClass.ratePpm,
        barcode,
      });
    }
  }
  return products;
}
