import type { Insights } from '@kassa/api';
import { addDays } from '@kassa/core';
import { createRollupRepository, type RollupDelta } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/test-fixture';

const DAY = '2025-03-05';

describeEachDialect('smart insights and the forecast (智能分析)', (getDb) => {
  let f: Fixture;
  const insights = async (query: string) => {
    const answer = await f.request('GET', `/api/v1/reports/insights?${query}`, { token: f.tokens.owner });
    expect(answer.status, await answer.clone().text()).toBe(200);
    return (await answer.json()) as Insights;
  };

  beforeAll(async () => {
    f = await createFixture(getDb());
    // 16 weeks of a steady shop up to DAY: ¥100 of cola and ¥50 of bread a day, ¥80 more on
    // Saturdays. On DAY, bread sells ¥150 (three times usual) and cola nothing at all.
    const deltas: RollupDelta[] = [];
    const sell = (date: string, key: string, net: number) => {
      if (net === 0) return;
      const storeId = f.store.id;
      deltas.push({ storeId, businessDate: date, dimension: 'product', key, measures: { net, sales: 1 } });
      deltas.push({ storeId, businessDate: date, dimension: 'total', key: '', measures: { net, sales: 1 } });
    };
    for (let i = 111; i >= 1; i -= 1) {
      const date = addDays(DAY, -i);
      const saturday = new Date(`${date}T12:00:00Z`).getUTCDay() === 6;
      sell(date, f.products.cola, 10_000 + (saturday ? 8000 : 0));
      sell(date, f.products.bread, 5000);
    }
    sell(DAY, f.products.bread, 15_000);
    await createRollupRepository(f.ctx.db).add(deltas);
  });

  it('says what stood out against the same weekday of the 8 weeks before', async () => {
    const found = await insights(`date=${DAY}`);
    expect(found).toMatchObject({
      currency: 'CNY',
      date: DAY,
      weeks: 8,
      day: { netSales: 15_000, usual: 15_000 },
    });
    // The day as a whole was ordinary: bread made up for the cola.
    expect(found.total).toBeNull();
    expect(found.risers).toEqual([
      expect.objectContaining({
        key: f.products.bread,
        label: '全麦面包',
        amount: 15_000,
        usual: 5000,
        reason: 'far_above_usual',
      }),
    ]);
    expect(found.fallers).toEqual([
      expect.objectContaining({
        key: f.products.cola,
        label: '可口可乐 330ml',
        amount: 0,
        usual: 10_000,
        reason: 'stopped_selling',
      }),
    ]);
  });

  it("counts only the weeks since the shop's first sale as its usual", async () => {
    // Three weeks after the first day with sales: three weeks of history, not five weeks of zeros.
    const young = await insights(`date=${addDays(DAY, -111 + 21)}`);
    expect(young.weeks).toBe(3);
    expect(young.day.usual).toBe(young.day.netSales);
    expect(young.total).toBeNull();
  });

  it('forecasts 14 days from the day after, for the store and its best sellers, with the back-test error', async () => {
    const { forecast } = await insights(`date=${DAY}`);
    expect(forecast.from).toBe(addDays(DAY, 1));
    expect(forecast.history).toHaveLength(28);
    expect(forecast.history.at(-1)).toEqual({ date: DAY, netSales: 15_000 });
    expect(forecast.store.method).toBe('holt_winters');
    expect(forecast.store.amounts).toHaveLength(14);
    expect(forecast.store.backtest?.horizon).toBe(14);
    // A steady weekly pattern is forecast within a few percent: Saturdays stand out.
    const saturday = forecast.store.amounts[2] ?? 0; // 2025-03-08 is a Saturday
    const monday = forecast.store.amounts[4] ?? 0;
    expect(saturday).toBeGreaterThan(monday + 5000);
    expect(forecast.products.map((p) => p.label)).toEqual(['可口可乐 330ml', '全麦面包']);
    expect(forecast.products.every((p) => p.amounts.length === 14)).toBe(true);
  });

  it('answers a day before any sales with nothing to say and no forecast', async () => {
    const empty = await insights('date=2024-01-10');
    expect(empty).toMatchObject({
      total: null,
      risers: [],
      fallers: [],
      newSellers: [],
      day: { netSales: 0, usual: null },
    });
    expect(empty.forecast.store.method).toBe('none');
    expect(empty.forecast.products).toEqual([]);
    const refused = await f.request('GET', '/api/v1/reports/insights?date=2025-02-30', {
      token: f.tokens.owner,
    });
    expect(refused.status).toBe(400);
  });
});
