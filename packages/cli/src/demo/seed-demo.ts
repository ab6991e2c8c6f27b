import {
  createRegisterRepository,
  createSettingsRepository,
  createStaffRepository,
  createStoreRepository,
  inTransaction,
} from '@kassa/db';
import { createStaff, type KassaContext, QR_GATEWAY_SETTING } from '@kassa/server';
import { buildDemoCatalog, DEMO_SEED } from './demo-catalog';
import { planDemoSales } from './demo-sales';
import { DEMO_STAFF } from './demo-store';
import { seedDemoCatalog } from './seed-demo-catalog';
import { seedDemoQuickKeys } from './seed-demo-quick-keys';
import { seedDemoSales } from './seed-demo-sales';

const DAY = 86_400_000;

/** What the demo seed did; `seeded` is false when the database already had products. */
export type DemoSeedReport =
  | { readonly seeded: false }
  | {
      readonly seeded: true;
      readonly categories: number;
      readonly products: number;
      readonly weighedProducts: number;
      readonly staff: number;
      readonly sales: number;
      readonly days: number;
      readonly ms: number;
    };

export type DemoSeedOptions = { readonly seed?: number; readonly days?: number };

/**
 * Fills an empty Kassa with the demo shop: catalogue, opening stock, register 02, the registers'
 * favourites, the demo staff and `days` days of sales ending at `ctx.clock()`. Does nothing when
 * any product exists, so a restart with --demo never duplicates it. All in one transaction: a
 * crash leaves no half demo.
 */
export async function seedDemoIfEmpty(
  ctx: KassaContext,
  options: DemoSeedOptions = {},
): Promise<DemoSeedReport> {
  const started = performance.now();
  const hasProducts = await ctx.db.selectFrom('products').select('id').limit(1).executeTakeFirst();
  if (hasProducts) return { seeded: false };
  const seed = options.seed ?? DEMO_SEED;
  const days = options.days ?? 30;
  const now = ctx.clock();
  const catalog = buildDemoCatalog(seed);

  const sales = await inTransaction(ctx.db, async (trx) => {
    const tx: KassaContext = { ...ctx, db: trx };
    const store = (await createStoreRepository(trx).list())[0];
    if (!store) throw new Error('the demo needs the bootstrapped store: start the server first');
    const products = await seedDemoCatalog(tx, store, catalog, now - days * DAY);
    await seedDemoQuickKeys(tx, store.id, products);
    const staff = await seedDemoStaff(tx, store.id);
    const registerIds = new Map(
      (await createRegisterRepository(trx).listByStore(store.id)).map((r) => [r.code, r.id]),
    );
    // The demo takes QR payments through the local sandbox gateway: no money moves.
    await createSettingsRepository(trx).set(QR_GATEWAY_SETTING, { kind: 'sandbox' });
    const plans = planDemoSales({ products, now, days, seed });
    // Renaming the store changed nothing the sales depend on (currency, pricing, cash rounding).
    return seedDemoSales(tx, { store, registerIds, staff }, plans);
  });
  return {
    seeded: true,
    categories: catalog.categories.length,
    products: catalog.products.length,
    weighedProducts: catalog.products.filter((p) => p.unit === 'kg').length,
    staff: DEMO_STAFF.length,
    sales,
    days,
    ms: Math.round(performance.now() - started),
  };
}

/** Creates the demo staff that do not exist yet; returns each demo user name's id and display name. */
async function seedDemoStaff(
  ctx: KassaContext,
  storeId: string,
): Promise<Map<string, { id: string; displayName: string }>> {
  const repository = createStaffRepository(ctx.db);
  const ids = new Map<string, { id: string; displayName: string }>();
  for (const s of DEMO_STAFF) {
    const existing = await repository.getByUsername(s.username);
    const id =
      existing?.id ??
      (
        await createStaff(ctx, {
          username: s.username,
          displayName: s.displayName,
          roleId: s.role,
          pin: s.pin,
          ...(s.password === null ? {} : { password: s.password }),
          storeIds: [storeId],
        })
      ).id;
    ids.set(s.username, { id, displayName: s.displayName });
  }
  return ids;
}
