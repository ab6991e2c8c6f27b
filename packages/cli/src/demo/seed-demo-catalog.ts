import {
  createCategoryRepository,
  createRegisterRepository,
  createStockRepository,
  createStoreRepository,
  createTaxClassRepository,
  type Store,
} from '@kassa/db';
import { createProduct, type KassaContext, newId, recordCatalogChange } from '@kassa/server';
import type { DemoCatalog, DemoProduct } from './demo-catalog';
import { DEMO_SECOND_REGISTER, DEMO_STORE } from './demo-store';

/** A demo product as created, with the id the sales refer to. */
export type SeededProduct = DemoProduct & { readonly id: string };

/**
 * Dresses the bootstrapped store as the demo shop: renames it, adds register '02', the categories
 * and every product (through the product use-case, so the same checks apply as for the API), and
 * books each product's opening stock at `openedAt`. Runs in the caller's transaction.
 */
export async function seedDemoCatalog(
  ctx: KassaContext,
  store: Store,
  catalog: DemoCatalog,
  openedAt: number,
): Promise<SeededProduct[]> {
  await createStoreRepository(ctx.db).update(store.id, {
    name: DEMO_STORE.name,
    address: DEMO_STORE.address,
    phone: DEMO_STORE.phone,
    receiptFooter: DEMO_STORE.receiptFooter,
  });
  await recordCatalogChange(ctx, { kind: 'store', id: store.id });
  const registers = createRegisterRepository(ctx.db);
  if (!(await registers.listByStore(store.id)).some((r) => r.code === DEMO_SECOND_REGISTER.code)) {
    await registers.create({
      id: newId(ctx),
      storeId: store.id,
      ...DEMO_SECOND_REGISTER,
      active: true,
      createdAt: ctx.clock(),
    });
  }

  const categoryIds = new Map<string, string>();
  const categories = createCategoryRepository(ctx.db);
  for (const [sortOrder, c] of catalog.categories.entries()) {
    const id = newId(ctx);
    await categories.create({ id, name: c.name, parentId: null, sortOrder, color: c.color });
    await recordCatalogChange(ctx, { kind: 'category', id });
    categoryIds.set(c.key, id);
  }
  const taxClassIds = new Map((await createTaxClassRepository(ctx.db).list()).map((t) => [t.ratePpm, t.id]));

  const stock = createStockRepository(ctx.db);
  const seeded: SeededProduct[] = [];
  for (const p of catalog.products) {
    const taxClassId = taxClassIds.get(p.taxRatePpm);
    if (taxClassId === undefined)
      throw new Error(`no tax class at ${p.taxRatePpm} ppm for the demo product ${p.name}`);
    const product = await createProduct(ctx, {
      sku: p.sku,
      name: p.name,
      categoryId: categoryIds.get(p.category) ?? null,
      unit: p.unit,
      price: p.price,
      cost: p.cost,
      taxClassId,
      trackStock: true,
      plu: p.plu,
      barcodes: [...p.barcodes],
    });
    await stock.applyMovement({
      id: newId(ctx),
      storeId: store.id,
      locationId: store.salesFloorId,
      productId: product.id,
      quantity: p.openingStock,
      reason: 'opening',
      refId: null,
      unitCost: p.cost,
      createdAt: openedAt,
      staffId: null,
    });
    seeded.push({ ...p, id: product.id });
  }
  return seeded;
}
