import type { Sale, SalesReport } from '@kassa/api';
import { createRunningTotalRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { expect, it } from 'vitest';
import { createFixture, PASSWORDS, T0 } from '../testing/test-fixture';
import { keepRunningTotals } from './keep-running-totals';

const DAY = 86_400_000;

describeEachDialect('keeping the product running totals', (getDb) => {
  it('answers by-product reports the same kept or not, also after a sale arrives days late', async () => {
    const f = await createFixture(getDb());
    const marks = async () =>
      (await createRunningTotalRepository(f.ctx.db).marks([f.store.id])).get(f.store.id);
    /** A fresh session (a day on the fake clock ends the fixture's). */
    const signIn = async (role: 'cashier' | 'owner') => {
      const answer = await f.request('POST', '/api/v1/auth/login', {
        body: { username: role, password: PASSWORDS[role] },
      });
      return ((await answer.json()) as { token: string }).token;
    };
    let cashier = f.tokens.cashier;
    const sell = async (at: number) => {
      const answer = await f.request('POST', '/api/v1/sales', {
        token: cashier,
        body: f.saleBody({ createdAt: at }),
      });
      expect(answer.status, await answer.clone().text()).toBe(201);
      return (await answer.json()) as Sale;
    };
    await sell(f.ctx.clock());
    await sell(f.ctx.clock() + 60_000);
    f.tick(3 * DAY);
    const token = await signIn('owner');
    cashier = await signIn('cashier');
    const byProduct = async () => {
      const answer = await f.request(
        'GET',
        '/api/v1/reports/sales?from=2025-01-01&to=2025-01-31&by=product',
        {
          token,
        },
      );
      expect(answer.status, await answer.clone().text()).toBe(200);
      return (await answer.json()) as SalesReport;
    };

    const daily = await byProduct();
    expect(daily.totals.sales).toBe(2);
    expect(daily.rows.map((row) => row.key).sort()).toEqual(
      [f.products.cola, f.products.apple, f.products.bread].sort(),
    );
    expect(await marks()).toBeUndefined();
    // 2025-01-18 in Shanghai: kept up to yesterday, the 17th, so before it.
    expect(await keepRunningTotals(f.ctx)).toBeGreaterThan(0);
    expect(await marks()).toBe('2025-01-17');
    expect(await byProduct()).toEqual(daily);
    expect(await keepRunningTotals(f.ctx)).toBe(0);

    // A register back online sends a sale of the 15th: the running totals from then on are stale.
    const late = await sell(T0 + 2 * 60 * 60_000);
    expect(await marks()).toBe('2025-01-15');
    const withLate = await byProduct();
    expect(withLate.totals.sales).toBe(3);
    expect(withLate.totals.net).toBe(daily.totals.net + late.total - late.taxTotal);
    await keepRunningTotals(f.ctx);
    expect(await marks()).toBe('2025-01-17');
    expect(await byProduct()).toEqual(withLate);
  });
});
