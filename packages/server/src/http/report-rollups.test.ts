import type { CreateSaleBody, ReportMeasures, Sale, SalesReport, Shift } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { rebuildRollups } from '../reports/rebuild-rollups';
import { keptAndRebuiltRollups } from '../testing/rollups-rebuilt';
import { FLOAT_COUNT, HOUR, shiftApi } from '../testing/shift-api';
import { APPLE_LABEL, COLA_BARCODE, createFixture, type Fixture, PASSWORDS } from '../testing/test-fixture';

// What refunds, returns and the rebuild do to report rollups (ADR 0009), on 2025-01-15 in Shanghai
// unless a test moves on. Each test looks at what its own facts changed.

type Measure = keyof ReportMeasures;

/** A fresh session of `role` (a day on the fake clock ends the fixture's). */
async function signIn(f: Fixture, role: 'cashier' | 'manager' | 'owner'): Promise<string> {
  const answer = await f.request('POST', '/api/v1/auth/login', {
    body: { username: role, password: PASSWORDS[role] },
  });
  return ((await answer.json()) as { token: string }).token;
}

describeEachDialect('report rollups of refunds, returns and rebuilds', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });

  const report = async (query: string) => {
    const answer = await f.request('GET', `/api/v1/reports/sales?${query}`, { token: f.tokens.owner });
    expect(answer.status, await answer.clone().text()).toBe(200);
    return (await answer.json()) as SalesReport;
  };
  const day = async () => (await report('from=2025-01-15&to=2025-01-15&by=day')).totals;
  const product = async (id: string) =>
    (await report('from=2025-01-15&to=2025-01-15&by=product')).rows.find((row) => row.key === id)?.measures;
  /** What changed between two readings of the same figures. */
  const change = (before: ReportMeasures | undefined, after: ReportMeasures | undefined) =>
    Object.fromEntries(
      (Object.keys(after ?? {}) as Measure[]).map((m) => [
        m,
        Number(after?.[m] ?? 0) - Number(before?.[m] ?? 0),
      ]),
    );
  const sell = async (overrides: Partial<CreateSaleBody> = {}) => {
    const answer = await f.request('POST', '/api/v1/sales', {
      token: f.tokens.cashier,
      body: f.saleBody(overrides),
    });
    expect(answer.status, await answer.clone().text()).toBe(201);
    return (await answer.json()) as Sale;
  };
  /** A refund by the manager, now at the first register unless told otherwise. */
  const refund = async (
    sale: Sale,
    lines: { lineId: string; quantity: number }[],
    options: { readonly at?: number; readonly secondRegister?: boolean } = {},
  ) => {
    const second = options.secondRegister === true;
    const answer = await f.request('POST', '/api/v1/refunds', {
      token: f.tokens.manager,
      body: {
        id: f.id(),
        saleId: sale.id,
        registerId: second ? f.register2Id : f.registerId,
        shiftId: second ? f.shift2Id : f.shiftId,
        at: options.at ?? f.ctx.clock(),
        lines,
      },
    });
    expect(answer.status, await answer.clone().text()).toBe(201);
  };
  const lineOf = (sale: Sale, index: number) => sale.lines[index]?.id ?? '';

  it('a cash-rounded sale refunded in full, in two refunds, nets to exactly zero', async () => {
    const before = await day();
    const bread = await product(f.products.bread);
    // 20.05 paid 20.00 in cash: −0.05 rounding, which the refunds give back with the goods.
    const sale = await sell();
    expect(sale).toMatchObject({ total: 2005, cashRounding: -5 });
    await refund(sale, [{ lineId: lineOf(sale, 0), quantity: 2000 }]);
    await refund(sale, [
      { lineId: lineOf(sale, 1), quantity: 350 },
      { lineId: lineOf(sale, 2), quantity: 1000 },
    ]);
    expect(change(before, await day())).toMatchObject({
      sales: 1,
      rounding: -5,
      refunded: 2000,
      refundRounding: -5,
      netSales: 0,
      revenue: 0,
      uncostedRevenue: 0,
    });
    // So does each line: the bread's share of the rounding went back with the bread.
    expect(change(bread, await product(f.products.bread))).toMatchObject({ netSales: 0, revenue: 0 });
  });

  it('a weighed line refunded in parts gives back exactly its cost', async () => {
    // 10.02/kg: 0.350 kg cost 3.51 (3.507); each 0.175 kg half 1.75 (1.7535) on its own.
    await f.ctx.db.updateTable('products').set({ cost: 1002 }).where('id', '=', f.products.apple).execute();
    const before = await product(f.products.apple);
    const sale = await sell({
      lines: [
        { id: f.id(), productId: f.products.apple, quantity: 350, unitPrice: 1299, barcode: APPLE_LABEL },
      ],
      tenders: [{ kind: 'cash', amount: 500 }],
      expectedTotal: 455,
    });
    await refund(sale, [{ lineId: lineOf(sale, 0), quantity: 175 }]);
    await refund(sale, [{ lineId: lineOf(sale, 0), quantity: 175 }]);
    expect(change(before, await product(f.products.apple))).toMatchObject({
      items: 350,
      refundItems: 350,
      cost: 351,
      refundCost: 351,
      netSales: 0,
      grossProfit: 0,
    });
  });

  it('a rebuild gives each refund the share it got when made, also when refunds arrive out of time order', async () => {
    f.tick(2 * HOUR);
    // 12:00, three colas for 10.50 with 1.21 tax in them.
    const sale = await sell({
      lines: [
        { id: f.id(), productId: f.products.cola, quantity: 3000, unitPrice: 350, barcode: COLA_BARCODE },
      ],
      tenders: [{ kind: 'cash', amount: 1050 }],
      expectedTotal: 1050,
    });
    f.tick(HOUR);
    // 13:00: two colas back (tax 1.21 × 7.00 / 10.50 = 0.80).
    await refund(sale, [{ lineId: lineOf(sale, 0), quantity: 2000 }]);
    f.tick(HOUR);
    // 14:00: the last one, rung up at 12:30 on the second register while it was offline: the rest, 0.41.
    await refund(sale, [{ lineId: lineOf(sale, 0), quantity: 1000 }], {
      at: f.ctx.clock() - 90 * 60 * 1000,
      secondRegister: true,
    });
    const hours = await report('from=2025-01-15&to=2025-01-15&by=hour');
    const refundTax = (hour: string) => hours.rows.find((row) => row.key === hour)?.measures.refundTax;
    expect([refundTax('12'), refundTax('13')]).toEqual([41, 80]);
    const { kept, rebuilt } = await keptAndRebuiltRollups(f.ctx);
    expect(rebuilt).toEqual(kept);
  });

  it('a return without a receipt keeps the tax and cost it was priced with, through a rebuild', async () => {
    const answer = await f.request('POST', '/api/v1/returns', {
      token: f.tokens.manager,
      body: {
        id: f.id(),
        registerId: f.registerId,
        shiftId: f.shiftId,
        at: f.ctx.clock(),
        lines: [
          { productId: f.products.cola, quantity: 2000 },
          { productId: f.products.apple, quantity: 500 },
        ],
        reason: '顾客没有小票',
      },
    });
    expect(answer.status, await answer.clone().text()).toBe(201);
    const { id } = (await answer.json()) as { id: string };
    const lines = await f.ctx.db
      .selectFrom('unreceipted_return_lines')
      .select(['amount', 'tax', 'tax_rate_ppm', 'unit_cost'])
      .where('return_id', '=', id)
      .orderBy('line_no')
      .execute();
    // 7.00 at 13% holds 0.81 tax; 0.500 kg of apples, 6.50 at 9%, 0.54, at 10.02/kg cost.
    expect(lines).toEqual([
      { amount: 700, tax: 81, tax_rate_ppm: 130_000, unit_cost: null },
      { amount: 650, tax: 54, tax_rate_ppm: 90_000, unit_cost: 1002 },
    ]);
    // The cola's rate and the apples' cost change later: the return stays as it was.
    const reduced = await f.ctx.db
      .selectFrom('tax_classes')
      .select('id')
      .where('rate_ppm', '=', 90_000)
      .executeTakeFirstOrThrow();
    await f.ctx.db
      .updateTable('products')
      .set({ tax_class_id: reduced.id })
      .where('id', '=', f.products.cola)
      .execute();
    await f.ctx.db.updateTable('products').set({ cost: 2000 }).where('id', '=', f.products.apple).execute();
    const { kept, rebuilt } = await keptAndRebuiltRollups(f.ctx);
    expect(rebuilt).toEqual(kept);
  });

  it('a rebuild keeps sales out of the rollups until it commits', async () => {
    // The next day: this sale only adds rows that do not exist yet, so nothing else would hold it up.
    f.tick(24 * HOUR);
    const token = await signIn(f, 'cashier');
    let recorded = false;
    let pending: Promise<Response> | undefined;
    await f.ctx.db.transaction().execute(async (trx) => {
      await rebuildRollups({ db: trx });
      pending = f.request('POST', '/api/v1/sales', { token, body: f.saleBody() });
      void pending.then(() => {
        recorded = true;
      });
      await new Promise((done) => setTimeout(done, 300));
      expect(recorded).toBe(false);
    });
    expect((await pending)?.status).toBe(201);
    const { kept, rebuilt } = await keptAndRebuiltRollups(f.ctx);
    expect(rebuilt).toEqual(kept);
  });
});

describeEachDialect('report rollups by hour', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const hours = async (date: string) => {
    const answer = await f.request('GET', `/api/v1/reports/sales?from=${date}&to=${date}&by=hour`, {
      token: await signIn(f, 'owner'),
    });
    expect(answer.status).toBe(200);
    const report = (await answer.json()) as SalesReport;
    return report.rows.filter((row) => row.measures.sales > 0).map((row) => [row.key, row.measures.sales]);
  };
  const sell = async (overrides: Partial<CreateSaleBody> = {}) => {
    const answer = await f.request('POST', '/api/v1/sales', {
      token: await signIn(f, 'cashier'),
      body: f.saleBody(overrides),
    });
    expect(answer.status, await answer.clone().text()).toBe(201);
  };

  it('a sale after the day’s Z report counts on the next business date, in its own hour', async () => {
    const api = shiftApi(f);
    f.tick(12 * HOUR);
    // 22:00: the first register closes and takes its Z report; a new shift there belongs to tomorrow.
    const manager = await signIn(f, 'manager');
    await api.close(f.shiftId, FLOAT_COUNT, manager);
    await api.call(
      'POST',
      '/api/v1/z-reports',
      201,
      { id: f.id(), registerId: f.registerId, takenAt: f.ctx.clock() },
      manager,
    );
    const shift = await api.call<Shift>(
      'POST',
      '/api/v1/shifts',
      201,
      { id: f.id(), registerId: f.registerId, openedAt: f.ctx.clock(), openingCount: FLOAT_COUNT },
      manager,
    );
    expect(shift.businessDate).toBe('2025-01-16');
    f.tick(HOUR);
    await sell({ shiftId: shift.id });
    expect(await hours('2025-01-15')).toEqual([]);
    expect(await hours('2025-01-16')).toEqual([['23', 1]]);
  });

  it('with a cut-over at 04:30, the minutes before it end the business day in its last hour', async () => {
    await f.ctx.db.updateTable('stores').set({ business_day_cutover_minutes: 270 }).execute();
    // 2025-01-16 04:10, still the 15th: counted in the 15th's 03, the hour before the cut-over's.
    f.tick(5 * HOUR + 10 * 60 * 1000);
    await sell({ registerId: f.register2Id });
    // 04:40: the 16th has begun, in its first hour, 04.
    f.tick(30 * 60 * 1000);
    await sell({ registerId: f.register2Id });
    expect(await hours('2025-01-15')).toEqual([['03', 1]]);
    expect(await hours('2025-01-16')).toEqual([
      ['04', 1],
      ['23', 1],
    ]);
    const { kept, rebuilt } = await keptAndRebuiltRollups(f.ctx);
    expect(rebuilt).toEqual(kept);
  });
});
