import { addDays } from '@kassa/core';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { createProductRepository } from './product-repository';
import { ROLLUP_MEASURES, type RollupMeasures, zeroMeasures } from './rollup-measures';
import { createRollupRepository, type RollupDelta } from './rollup-repository';
import { createRunningTotalRepository } from './running-total-repository';
import type { Schema } from './schema';
import { createStoreRepository } from './store-repository';
import { describeEachDialect, newProductFixture, newStoreFixture, seedShop } from './testing';

const FIRST = '2026-01-01';
const DATES = 60;

/** What a report adds up by product, from the daily rows alone (the reference). */
async function dailySums(db: Kysely<Schema>, storeIds: string[], from: string, to: string) {
  const rows = await createRollupRepository(db).sum({
    storeIds,
    dimension: 'product',
    from,
    to,
    by: 'date_key',
  });
  const byKey = new Map<string, RollupMeasures>();
  for (const row of rows) {
    const sum = byKey.get(row.key ?? '') ?? zeroMeasures();
    for (const m of ROLLUP_MEASURES) sum[m] += row.measures[m];
    byKey.set(row.key ?? '', sum);
  }
  return [...byKey.keys()].sort().map((key) => ({ businessDate: null, key, measures: byKey.get(key) }));
}

/** Keeps the store's running totals before `before`, a few dates per step, as the server does. */
async function keepBefore(db: Kysely<Schema>, storeId: string, before: string, step: number) {
  const running = createRunningTotalRepository(db);
  let mark = (await running.marks([storeId])).get(storeId);
  while (mark === undefined || mark < before) mark = await running.extend(storeId, before, step);
}

const delta = fc.record({
  product: fc.nat({ max: 4 }),
  day: fc.nat({ max: DATES - 1 }),
  net: fc.integer({ min: -5_000, max: 50_000 }),
  items: fc.integer({ min: 1, max: 9_000 }),
});

const step = fc.oneof(
  { arbitrary: fc.array(delta, { minLength: 1, maxLength: 6 }).map((deltas) => ({ deltas })), weight: 4 },
  {
    arbitrary: fc.record({ keepBefore: fc.nat({ max: DATES + 5 }), step: fc.integer({ min: 1, max: 20 }) }),
    weight: 1,
  },
);

const range = fc
  .tuple(fc.integer({ min: -3, max: DATES + 3 }), fc.integer({ min: 0, max: DATES + 3 }))
  .map(([start, length]) => ({ from: addDays(FIRST, start), to: addDays(FIRST, start + length) }));

describeEachDialect('running totals of the product rollups', (getDb) => {
  const setup = async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const products = [];
    for (let n = 0; n < 5; n++) {
      products.push((await createProductRepository(db).create(newProductFixture(shop.taxClassId))).id);
    }
    return { db, shop, products };
  };

  it('answers every product sum as the daily rows add up, whatever was kept and forgotten', async () => {
    const { db, products } = await setup();
    const stores = createStoreRepository(db);
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        // Kept at the end, as the schedule leaves them (facts before it may have moved marks back).
        fc.nat({ max: DATES + 5 }),
        fc.array(range, { minLength: 3, maxLength: 6 }),
        async (steps, lastKeep, ranges) => {
          // Each run on its own two stores: rollups are per store.
          const storeIds: string[] = [];
          for (let n = 0; n < 2; n++) {
            storeIds.push((await stores.create(newStoreFixture())).id);
          }
          const rollups = createRollupRepository(db);
          for (const [index, s] of steps.entries()) {
            if ('deltas' in s) {
              await rollups.add(
                s.deltas.map(
                  (d): RollupDelta => ({
                    storeId: storeIds[index % 2] ?? '',
                    businessDate: addDays(FIRST, d.day),
                    dimension: 'product',
                    key: products[d.product] ?? '',
                    measures: { sales: 1, net: d.net, items: d.items },
                  }),
                ),
              );
            } else {
              await keepBefore(db, storeIds[index % 2] ?? '', addDays(FIRST, s.keepBefore), s.step);
            }
          }
          for (const storeId of storeIds) await keepBefore(db, storeId, addDays(FIRST, lastKeep), 7);
          for (const { from, to } of ranges) {
            for (const asked of [[storeIds[0] ?? ''], storeIds]) {
              const query = { storeIds: asked, dimension: 'product' as const, from, to, by: 'key' as const };
              expect(await rollups.sum(query)).toEqual(await dailySums(db, asked, from, to));
              const onlyNet = (await dailySums(db, asked, from, to)).map((row) => ({
                ...row,
                measures: { ...zeroMeasures(), net: row.measures?.net ?? 0, items: row.measures?.items ?? 0 },
              }));
              expect(await rollups.sum({ ...query, measures: ['net', 'items'] })).toEqual(onlyNet);
              const keys = products.slice(1, 3);
              expect(await rollups.sum({ ...query, keys })).toEqual(
                (await dailySums(db, asked, from, to)).filter((row) => keys.includes(row.key)),
              );
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('moves the mark back to the date of a fact on a kept date, and catches up again', async () => {
    const { db, shop, products } = await setup();
    const rollups = createRollupRepository(db);
    const running = createRunningTotalRepository(db);
    const add = (date: string, net: number) =>
      rollups.add([
        {
          storeId: shop.storeId,
          businessDate: date,
          dimension: 'product',
          key: products[0] ?? '',
          measures: { net },
        },
      ]);
    const net = async () => {
      const [row] = await rollups.sum({
        storeIds: [shop.storeId],
        dimension: 'product',
        from: '2026-03-01',
        to: '2026-03-31',
        by: 'key',
      });
      return row?.measures.net;
    };
    for (let day = 0; day < 30; day++) await add(addDays('2026-03-01', day), 100);
    await keepBefore(db, shop.storeId, '2026-03-29', 7);
    expect(await running.marks([shop.storeId])).toEqual(new Map([[shop.storeId, '2026-03-29']]));
    expect(await net()).toBe(3_000);

    await add('2026-03-10', 55);
    expect(await running.marks([shop.storeId])).toEqual(new Map([[shop.storeId, '2026-03-10']]));
    expect(await net()).toBe(3_055);
    // A fact after the mark leaves it.
    await add('2026-03-20', 1);
    expect(await running.marks([shop.storeId])).toEqual(new Map([[shop.storeId, '2026-03-10']]));

    await keepBefore(db, shop.storeId, '2026-03-29', 7);
    expect(await running.marks([shop.storeId])).toEqual(new Map([[shop.storeId, '2026-03-29']]));
    expect(await net()).toBe(3_056);
    const kept = await db
      .selectFrom('product_running_totals')
      .select(['business_date', 'net'])
      .where('store_id', '=', shop.storeId)
      .where('business_date', 'in', ['2026-03-09', '2026-03-10', '2026-03-28'])
      .orderBy('business_date')
      .execute();
    expect(kept.map((row) => [row.business_date, Number(row.net)])).toEqual([
      ['2026-03-09', 900],
      ['2026-03-10', 1_055],
      ['2026-03-28', 2_856],
    ]);

    await rollups.clear();
    expect(await running.marks([shop.storeId])).toEqual(new Map());
    expect(await net()).toBeUndefined();
  });
});
