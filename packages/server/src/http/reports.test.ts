import type { AlertList, Sale, SalesReport, TodaySummary } from '@kassa/api';
import { createAlertRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { keptAndRebuiltRollups } from '../testing/rollups-rebuilt';
import { createFixture, type Fixture, PASSWORDS } from '../testing/test-fixture';

const DAY = 24 * 60 * 60 * 1000;

describeEachDialect('reports from rollups (报表)', (getDb) => {
  let f: Fixture;
  let sale: Sale;
  const asOwner = <T>(path: string) =>
    f.request('GET', path, { token: f.tokens.owner }).then(async (answer) => {
      expect(answer.status, await answer.clone().text()).toBe(200);
      return (await answer.json()) as T;
    });
  const report = (query: string) => asOwner<SalesReport>(`/api/v1/reports/sales?${query}`);

  beforeAll(async () => {
    f = await createFixture(getDb());
    const sell = async (body: unknown) => {
      const answer = await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body });
      expect(answer.status).toBe(201);
      return (await answer.json()) as Sale;
    };
    // 2025-01-15 (a Wednesday) 10:00: the standard sale, 20.05 (20.00 in cash after 抹零).
    await sell(f.saleBody());
    f.tick(60 * 60 * 1000);
    // 11:00: 3 colas and a bread, 19.00, 10.00 by card and 9.00 in cash.
    sale = await sell(
      f.saleBody({
        lines: [
          { id: f.id(), productId: f.products.cola, quantity: 3000, unitPrice: 350 },
          { id: f.id(), productId: f.products.bread, quantity: 1000, unitPrice: 850 },
        ],
        tenders: [
          { kind: 'card', amount: 1000, reference: 'T-1', last4: '4242' },
          { kind: 'cash', amount: 900 },
        ],
        expectedTotal: 1900,
      }),
    );
    // The manager refunds one cola (3.50) at the second register.
    const refunded = await f.request('POST', '/api/v1/refunds', {
      token: f.tokens.manager,
      body: {
        id: f.id(),
        saleId: sale.id,
        registerId: f.register2Id,
        shiftId: f.shift2Id,
        at: f.ctx.clock(),
        lines: [{ lineId: sale.lines[0]?.id, quantity: 1000 }],
      },
    });
    expect(refunded.status).toBe(201);
    // A ticket of 3 colas abandoned, and a drawer opened without a sale.
    const voided = await f.request('POST', '/api/v1/ticket-voids', {
      token: f.tokens.cashier,
      body: {
        id: f.id(),
        registerId: f.registerId,
        shiftId: f.shiftId,
        at: f.ctx.clock(),
        lines: [{ lineId: f.id(), productId: f.products.cola, quantity: 3000, unitPrice: 350 }],
      },
    });
    expect(voided.status).toBe(201);
    const noSale = await f.request('POST', `/api/v1/shifts/${f.shiftId}/no-sale`, {
      token: f.tokens.manager,
      body: { id: f.id(), at: f.ctx.clock(), reason: '换零钱' },
    });
    expect(noSale.status).toBe(201);
  });

  it('adds up the day: sales, refunds, voids and no-sales, in net sales and by tender', async () => {
    const day = await report('from=2025-01-15&to=2025-01-15&by=day');
    expect(day.currency).toBe('CNY');
    expect(day.rows.map((row) => row.key)).toEqual(['2025-01-15']);
    expect(day.totals).toMatchObject({
      sales: 2,
      // 20.05 + 19.00 − 3.50 refunded.
      netSales: 3555,
      refunds: 1,
      refunded: 350,
      voids: 1,
      voided: 1050,
      noSales: 1,
      rounding: -5,
      // What came in: 20.00 + 19.00.
      paid: 3900,
      averageTicket: 1953,
    });
    const tenders = await report('from=2025-01-15&to=2025-01-15&by=tender');
    const tender = (kind: string) => tenders.rows.find((row) => row.key === kind)?.measures;
    // The refund went back in proportion to what each tender paid: 1.84 to card, 1.66 in cash.
    expect(tender('cash')).toMatchObject({ sales: 2, paid: 2900 });
    expect(tender('card')).toMatchObject({ sales: 1, paid: 1000 });
    expect((tender('cash')?.refunded ?? 0) + (tender('card')?.refunded ?? 0)).toBe(350);
  });

  it('ranks products, staff and registers by net sales, with their names', async () => {
    const products = await report('from=2025-01-15&to=2025-01-15&by=product');
    expect(products.rows.map((row) => [row.label, row.measures.items, row.measures.refundItems])).toEqual([
      // Bread 17.00, then colas 17.50 less the 3.50 refunded, then apples 4.55.
      ['全麦面包', 2000, 0],
      ['可口可乐 330ml', 5000, 1000],
      ['红富士苹果', 350, 0],
    ]);
    const staff = await report('from=2025-01-15&to=2025-01-15&by=staff');
    expect(staff.rows.map((row) => [row.label, row.measures.sales, row.measures.refunds])).toEqual([
      ['cashier name', 2, 0],
      ['manager name', 0, 1],
    ]);
    const registers = await report('from=2025-01-15&to=2025-01-15&by=register');
    expect(registers.rows.map((row) => row.label)).toEqual(['01 1号收银台', '02 2号收银台']);
  });

  it('answers only the first rows by net sales when asked, with how many there are in all', async () => {
    const all = await report('from=2025-01-15&to=2025-01-15&by=product');
    const first = await report('from=2025-01-15&to=2025-01-15&by=product&limit=2');
    expect(all.rowCount).toBe(3);
    expect(first).toEqual({ ...all, rows: all.rows.slice(0, 2) });
    const cashiers = await report('from=2025-01-15&to=2025-01-15&by=staff&limit=1&compare=previous');
    expect(cashiers.rows.map((row) => row.label)).toEqual(['cashier name']);
    expect(cashiers).toMatchObject({ rowCount: 2, compare: { rows: [], rowCount: 0 } });
    // Every slot of a day or hour grouping, whatever the limit.
    expect((await report('from=2025-01-15&to=2025-01-15&by=hour&limit=1')).rows).toHaveLength(24);
    await expectRefused(f.ctx.db, {
      name: 'a limit of 0',
      send: () =>
        f.request('GET', '/api/v1/reports/sales?from=2025-01-15&to=2025-01-15&by=product&limit=0', {
          token: f.tokens.owner,
        }),
      status: 400,
      code: 'validation_failed',
      path: 'limit',
    });
  });

  it('puts sales in their store-local hour and weekday, and compares with the period before', async () => {
    const hours = await report('from=2025-01-15&to=2025-01-15&by=hour');
    expect(hours.rows).toHaveLength(24);
    expect(hours.rows.filter((row) => row.measures.sales > 0).map((row) => row.key)).toEqual(['10', '11']);
    const heat = await report('from=2025-01-13&to=2025-01-19&by=weekday_hour&compare=previous');
    expect(heat.rows).toHaveLength(7 * 24);
    // Wednesday is ISO weekday 3.
    expect(heat.rows.find((row) => row.key === '3-10')?.measures.sales).toBe(1);
    expect(heat.compare).toMatchObject({ from: '2025-01-06', to: '2025-01-12' });
    expect(heat.compare?.totals.sales).toBe(0);
  });

  it('keeps rollups exactly equal to a rebuild from the recorded facts', async () => {
    const { kept, rebuilt } = await keptAndRebuiltRollups(f.ctx);
    expect(kept.length).toBeGreaterThan(10);
    expect(rebuilt).toEqual(kept);
  });

  it('lists alerts and marks them read', async () => {
    await createAlertRepository(f.ctx.db).raise([
      {
        id: f.id(),
        storeId: f.store.id,
        kind: 'negative_stock',
        refId: null,
        details: {},
        createdAt: f.ctx.clock(),
      },
    ]);
    const listed = await asOwner<AlertList>('/api/v1/alerts?unread=true');
    expect(listed.unread).toBeGreaterThanOrEqual(1);
    const [first] = listed.items;
    const read = await f.request('POST', `/api/v1/alerts/${first?.id}/read`, { token: f.tokens.manager });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { readAt: number }).readAt).toBe(f.ctx.clock());
    const all = await f.request('POST', '/api/v1/alerts/read', { token: f.tokens.owner, body: {} });
    expect(all.status).toBe(200);
    expect((await asOwner<AlertList>('/api/v1/alerts')).unread).toBe(0);
    const missing = await f.request('POST', `/api/v1/alerts/${f.id()}/read`, { token: f.tokens.owner });
    expect(missing.status).toBe(404);
  });

  it('refuses impossible ranges and roles without reports, and changes nothing', async () => {
    for (const [name, query] of [
      ['from after to', 'from=2025-01-16&to=2025-01-15&by=day'],
      ['no such date', 'from=2025-02-30&to=2025-03-01&by=day'],
      ['more than two years', 'from=2020-01-01&to=2025-01-01&by=day'],
      ['an unknown grouping', 'from=2025-01-15&to=2025-01-15&by=weather'],
      ['a year before 2000, compared a year back', 'from=0000-01-01&to=0000-01-02&by=day&compare=year'],
    ] as const) {
      await expectRefused(f.ctx.db, {
        name,
        send: () => f.request('GET', `/api/v1/reports/sales?${query}`, { token: f.tokens.owner }),
        status: 400,
        code: 'validation_failed',
      });
    }
    const cashier = await f.request('GET', '/api/v1/reports/sales?from=2025-01-15&to=2025-01-15&by=day', {
      token: f.tokens.cashier,
    });
    expect(cashier.status).toBe(403);
    const otherStore = await f.request('GET', `/api/v1/reports/today?storeId=${f.id()}`, {
      token: f.tokens.owner,
    });
    expect(otherStore.status).toBe(404);
  });

  it('shows today against the same weekday last week up to the same hour, with shifts and the latest sales', async () => {
    // A week later at 10:30, one sale so far: last week had one sale by then and two by day's end.
    // (Last: the week ends every session, so the owner signs in again.)
    f.tick(7 * DAY - 30 * 60 * 1000);
    const login = await f.request('POST', '/api/v1/auth/login', {
      token: null,
      body: { username: 'owner', password: PASSWORDS.owner },
    });
    const { token } = (await login.json()) as { token: string };
    const later = await f.request('POST', '/api/v1/sales', { token, body: f.saleBody() });
    expect(later.status).toBe(201);
    const answer = await f.request('GET', '/api/v1/reports/today', { token });
    const today = (await answer.json()) as TodaySummary;
    expect(today.businessDates).toEqual(['2025-01-22']);
    expect(today.today.sales).toBe(1);
    expect(today.lastWeek.sales).toBe(1);
    expect(today.lastWeekDay.sales).toBe(2);
    // The business day starts at the store's cut-over hour.
    expect(today.hours[0]?.hour).toBe('04');
    expect(today.hours.find((hour) => hour.hour === '10')).toEqual({
      hour: '10',
      today: 2005,
      lastWeek: 2005,
    });
    expect(today.openShifts.map((shift) => shift.registerName)).toEqual(['01 1号收银台', '02 2号收银台']);
    expect(today.recentSales[0]).toMatchObject({ total: 2005, lineCount: 3 });
    expect(today.recentSales).toHaveLength(3);
  });
});
