import { createStockRepository, createStoreRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { bootstrapFirstStart, type KassaContext, systemRandom, verifyStoreJournal } from '@kassa/server';
import { expect, it } from 'vitest';
import { buildDemoCatalog } from './demo-catalog';
import { seedDemoIfEmpty } from './seed-demo';
import { DEMO_QUICK_KEYS } from './seed-demo-quick-keys';

// 2025-03-15 14:30 in Shanghai; a short history keeps the PostgreSQL run quick.
const NOW = Date.UTC(2025, 2, 15, 6, 30);

describeEachDialect('seedDemoIfEmpty', (getDb) => {
  const context = (): KassaContext => ({ db: getDb().db, clock: () => NOW, random: systemRandom });

  it('seeds the catalogue, staff and sales through the use-cases, consistently', async () => {
    await bootstrapFirstStart(context(), { ownerPassword: 'owner-test-Pa55' });
    const report = await seedDemoIfEmpty(context(), { days: 3 });
    const catalog = buildDemoCatalog();
    expect(report).toMatchObject({ seeded: true, products: catalog.products.length, staff: 3, days: 3 });
    if (!report.seeded) return;
    expect(report.sales).toBeGreaterThan(40);

    const db = getDb().db;
    const store = (await createStoreRepository(db).list())[0];
    expect(store?.name).toBe('鲜果多便利超市 (演示店)');
    if (!store) return;
    const count = async (table: 'products' | 'sales' | 'staff' | 'registers' | 'categories') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('products')).toBe(catalog.products.length);
    expect(await count('sales')).toBe(report.sales);
    expect(await count('staff')).toBe(4);
    expect(await count('registers')).toBe(2);
    expect(await count('categories')).toBe(catalog.categories.length);
    // Both registers start with the demo favourites.
    const keys = await db.selectFrom('register_quick_keys').selectAll().orderBy('position').execute();
    expect(keys).toHaveLength(2 * DEMO_QUICK_KEYS.length);
    expect(new Set(keys.map((key) => key.register_id)).size).toBe(2);

    // Every cashier's stretch was a shift, closed with a blind count; every past day has its Z report.
    const shifts = await db.selectFrom('shifts').selectAll().execute();
    expect(shifts.length).toBeGreaterThan(1);
    expect(shifts.filter((shift) => shift.status !== 'closed')).toEqual([]);
    const zReports = await db.selectFrom('z_reports').selectAll().execute();
    expect(zReports.length).toBeGreaterThan(0);
    const lastZDay =
      zReports
        .map((z) => z.business_date)
        .sort()
        .at(-1) ?? '';
    expect(shifts.filter((s) => s.business_date <= lastZDay && s.z_report_id === null)).toEqual([]);
    const journal = await verifyStoreJournal(db, store.id);
    // A journal entry per sale, shift close and Z report.
    expect(journal).toMatchObject({ ok: true, count: report.sales + shifts.length + zReports.length });
    // Opening stock minus what was sold: the balance agrees with its ledger.
    const banana = await db
      .selectFrom('products')
      .select('id')
      .where('name', '=', '香蕉')
      .executeTakeFirstOrThrow();
    const stock = createStockRepository(db);
    expect(await stock.getOnHand(store.salesFloorId, banana.id)).toBe(
      await stock.recomputeOnHand(store.salesFloorId, banana.id),
    );
  });

  it('does nothing the second time', async () => {
    expect(await seedDemoIfEmpty(context(), { days: 3 })).toEqual({ seeded: false });
  });
});
