import type { ShiftsReport, SlowMovers } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { FLOAT_COUNT } from '../testing/shift-api';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('slow movers and the shifts report (滞销商品, 交班对账)', (getDb) => {
  let f: Fixture;
  const asOwner = async <T>(path: string) => {
    const answer = await f.request('GET', path, { token: f.tokens.owner });
    expect(answer.status, await answer.clone().text()).toBe(200);
    return (await answer.json()) as T;
  };

  beforeAll(async () => {
    f = await createFixture(getDb());
    // The bread costs 5.00 a loaf; the others have no cost.
    const costed = await f.request('PATCH', `/api/v1/products/${f.products.bread}`, {
      token: f.tokens.owner,
      body: { cost: 500 },
    });
    expect(costed.status).toBe(200);
    // 2025-01-15: 2 colas, 0.350 kg of apples and a bread (20.05, 20.00 in cash after 抹零).
    const sold = await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() });
    expect(sold.status).toBe(201);
    // 3 more colas by card on register 02.
    const byCard = await f.request('POST', '/api/v1/sales', {
      token: f.tokens.cashier,
      body: f.saleBody({
        registerId: f.register2Id,
        shiftId: f.shift2Id,
        lines: [{ id: f.id(), productId: f.products.cola, quantity: 3000, unitPrice: 350 }],
        tenders: [{ kind: 'card', amount: 1050, reference: 'T-9', last4: '4242' }],
        expectedTotal: 1050,
      }),
    });
    expect(byCard.status, await byCard.clone().text()).toBe(201);
  });

  it('lists what sold least first, with the stock it ties up at cost', async () => {
    const slow = await asOwner<SlowMovers>('/api/v1/reports/slow-movers?from=2025-01-15&to=2025-01-15');
    expect(slow.currency).toBe('CNY');
    // The inactive product is no slow mover: it is not for sale.
    expect(slow.items.map((item) => [item.sku, item.items])).toEqual([
      ['APPLE', 350],
      ['BREAD', 1000],
      ['COLA-330', 5000],
    ]);
    expect(slow.items.find((item) => item.sku === 'BREAD')).toMatchObject({ netSales: 850, onHand: 0 });
    expect(slow.items.find((item) => item.sku === 'COLA-330')).toMatchObject({
      stockValue: null,
      onHand: -5000,
    });

    // A day without sales: everything sold nothing, and the limit holds.
    const quiet = await asOwner<SlowMovers>(
      '/api/v1/reports/slow-movers?from=2025-01-16&to=2025-01-16&limit=2',
    );
    expect(quiet.items).toHaveLength(2);
    expect(quiet.items.every((item) => item.items === 0 && item.netSales === 0)).toBe(true);
  });

  it('refuses a range given backwards or too long, with the field that is wrong', async () => {
    const answer = await f.request('GET', '/api/v1/reports/slow-movers?from=2025-01-16&to=2025-01-15', {
      token: f.tokens.owner,
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error: { code: 'validation_failed' } });
    const cashier = await f.request('GET', '/api/v1/reports/shifts?from=2025-01-15&to=2025-01-15', {
      token: f.tokens.cashier,
    });
    expect(cashier.status).toBe(403);
  });

  it('lists the shifts with their tenders and, once closed, the cash counted against expected', async () => {
    f.tick(60_000);
    // Register 02 closes with ¥500 counted and ¥1 short of nothing: its only sale was by card.
    const closed = await f.request('POST', `/api/v1/shifts/${f.shift2Id}/close`, {
      token: f.tokens.manager,
      body: { closedAt: f.ctx.clock(), count: [...FLOAT_COUNT, { denomination: 100, count: 1 }] },
    });
    expect(closed.status, await closed.clone().text()).toBe(200);
    const report = await asOwner<ShiftsReport>('/api/v1/reports/shifts?from=2025-01-15&to=2025-01-15');
    expect(report.shifts.map((s) => [s.registerName, s.shift.status])).toEqual([
      ['01 1号收银台', 'open'],
      ['02 2号收银台', 'closed'],
    ]);
    const [open, close] = report.shifts;
    expect(open?.summary?.tenders).toEqual([{ kind: 'cash', count: 1, amount: 2000 }]);
    expect(open?.summary?.expectedCash).toBe(50_000 + 2000);
    expect(open?.summary?.countedCash).toBeUndefined();
    expect(close?.summary).toMatchObject({
      tenders: [{ kind: 'card', count: 1, amount: 1050 }],
      expectedCash: 50_000,
      countedCash: 50_100,
      variance: 100,
    });
    expect(
      (await asOwner<ShiftsReport>('/api/v1/reports/shifts?from=2025-01-16&to=2025-01-20')).shifts,
    ).toEqual([]);
  });

  it("keeps an open drawer's expected cash from a role that may read reports but not take X reports", async () => {
    await f.ctx.db
      .deleteFrom('role_permissions')
      .where('role_id', '=', 'accountant')
      .where('permission', '=', 'shift.report')
      .execute();
    const answer = await f.request('GET', '/api/v1/reports/shifts?from=2025-01-15&to=2025-01-15', {
      token: f.tokens.accountant,
    });
    expect(answer.status, await answer.clone().text()).toBe(200);
    const report = (await answer.json()) as ShiftsReport;
    expect(report.shifts.map((s) => [s.shift.status, s.summary === null])).toEqual([
      ['open', true],
      ['closed', false],
    ]);
  });
});
