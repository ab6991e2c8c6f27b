import type {
  CountLine,
  CreateSaleBody,
  QrPaymentView,
  Sale,
  ShiftReport,
  ShiftSummary,
  ZReport,
} from '@kassa/api';
import { createSettingsRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SandboxGateway, startSandboxGateway } from '../payments/gateway/sandbox-gateway';
import { QR_GATEWAY_SETTING } from '../payments/qr-gateway-setting';
import { createQrPaymentServices, type RunningQrPayments } from '../payments/qr-payment-services';
import { expectRefused } from '../testing/expect-refused';
import { FLOAT, FLOAT_COUNT, HOUR, shiftApi } from '../testing/shift-api';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('the scripted day: sales, cash, a short blind count and the Z report', (getDb) => {
  let f: Fixture;
  let api: ReturnType<typeof shiftApi>;
  let close: ShiftReport;
  let expected: ShiftSummary;
  let z: ZReport;
  let cashSaleBody: CreateSaleBody;
  let sandbox: SandboxGateway;
  let qr: RunningQrPayments;
  beforeAll(async () => {
    sandbox = await startSandboxGateway({ merchantId: 'day', key: 'scripted-day-key-0123456789' });
    f = await createFixture(getDb(), { qrPayments: (ctx) => (qr = createQrPaymentServices(ctx)) });
    await createSettingsRepository(f.ctx.db).set(QR_GATEWAY_SETTING, {
      kind: 'http',
      url: sandbox.url,
      merchantId: sandbox.merchantId,
      key: sandbox.key,
    });
    api = shiftApi(f);
  });
  afterAll(async () => {
    await qr.close();
    await sandbox.stop();
  });

  it('closes the shift with the figures its sales and cash movements add up to', async () => {
    const sales: Sale[] = [];
    const sell = async (body: CreateSaleBody) => {
      f.tick(5 * 60_000);
      const sale = await api.sell(body);
      sales.push(sale);
      return sale;
    };
    // Cash only: 20.05 due, 抹零 down to 20.00, ¥21 handed over, ¥1 back.
    cashSaleBody = f.saleBody();
    const cash = await sell(cashSaleBody);
    expect(cash).toMatchObject({ total: 2005, cashRounding: -5, dueAfterRounding: 2000, change: 100 });
    expect(cash.tenders).toMatchObject([{ kind: 'cash', amount: 2000, tendered: 2100 }]);
    // Card only: nothing is paid in cash, so nothing is rounded.
    const card = {
      kind: 'card',
      amount: 2005,
      reference: 'T-0001',
      brand: 'UnionPay',
      last4: '6222',
    } as const;
    const carded = await sell(f.saleBody({ tenders: [card] }));
    expect(carded).toMatchObject({ cashRounding: 0, change: 0 });
    expect(carded.tenders).toEqual([{ ...card, tendered: 2005 }]);
    // Card 10.00 first; the cash part 10.05 rounds down to 10.00 out of ¥11.
    const split = await sell(
      f.saleBody({
        tenders: [
          { kind: 'card', amount: 1000, reference: 'T-0002' },
          { kind: 'cash', amount: 1100 },
        ],
      }),
    );
    expect(split).toMatchObject({ cashRounding: -5, change: 100 });
    expect(split.tenders.map((t) => [t.kind, t.amount])).toEqual([
      ['card', 1000],
      ['cash', 1000],
    ]);
    // 扫码付 15.00 by WeChat Pay, the rest in cash: 5.05 rounds down to 5.00 out of ¥6.
    f.tick(60_000);
    const paid = await f.request('POST', '/api/v1/qr-payments', {
      token: f.tokens.cashier,
      body: {
        id: f.id(),
        registerId: f.registerId,
        shiftId: f.shiftId,
        amount: 1500,
        code: '134567890123456780',
      },
    });
    const payment = (await paid.json()) as QrPaymentView;
    expect(payment.status).toBe('succeeded');
    const qrSplit = await sell(
      f.saleBody({
        tenders: [
          { kind: 'qr', amount: 1500, paymentId: payment.id },
          { kind: 'cash', amount: 600 },
        ],
      }),
    );
    expect(qrSplit).toMatchObject({ cashRounding: -5, change: 100 });
    expect(qrSplit.tenders.map((t) => [t.kind, t.amount, t.brand])).toEqual([
      ['qr', 1500, 'wechat'],
      ['cash', 500, null],
    ]);
    // One bread, 8.50 with a ¥10 note: nothing to round, 1.50 back. Two colas were rung up and
    // removed before payment: a line void of 7.00 recorded with the sale.
    const bread = await sell(
      f.saleBody({
        lines: [{ id: f.id(), productId: f.products.bread, quantity: 1000, unitPrice: 850 }],
        voids: [
          { lineId: f.id(), productId: f.products.cola, quantity: 2000, unitPrice: 350, at: f.ctx.clock() },
        ],
        tenders: [{ kind: 'cash', amount: 1000 }],
        expectedTotal: 850,
      }),
    );
    expect(bread).toMatchObject({ total: 850, cashRounding: 0, change: 150 });
    // The bread comes back: refunded by receipt, 8.50 in cash out of the drawer.
    f.tick(60_000);
    const returned = await f.request('POST', '/api/v1/refunds', {
      token: f.tokens.cashier,
      body: {
        id: f.id(),
        saleId: bread.id,
        registerId: f.registerId,
        shiftId: f.shiftId,
        at: f.ctx.clock(),
        lines: [{ lineId: bread.lines[0]?.id, quantity: 1000 }],
        reason: '发霉',
      },
    });
    expect(returned.status).toBe(201);
    expect(await returned.json()).toMatchObject({ total: 850, tenders: [{ kind: 'cash', amount: 850 }] });

    // A customer walks away: 0.350 kg of apples (4.55) voided with the ticket, a bread removed before.
    f.tick(60_000);
    const abandoned = await f.request('POST', '/api/v1/ticket-voids', {
      token: f.tokens.cashier,
      body: {
        id: f.id(),
        registerId: f.registerId,
        shiftId: f.shiftId,
        at: f.ctx.clock(),
        lines: [{ lineId: f.id(), productId: f.products.apple, quantity: 350, unitPrice: 1299 }],
        voids: [
          { lineId: f.id(), productId: f.products.bread, quantity: 1000, unitPrice: 850, at: f.ctx.clock() },
        ],
        reason: '顾客不要了',
      },
    });
    expect(abandoned.status).toBe(201);
    expect(await abandoned.json()).toMatchObject({ lineCount: 1, amount: 455 });
    f.tick(60_000);
    await api.move(f.shiftId, api.cashMovement(f.id(), 'cash_in', 10_000, '备用零钱'));
    f.tick(60_000);
    await api.move(f.shiftId, api.cashMovement(f.id(), 'cash_out', 5_000, '存银行'));
    f.tick(60_000);
    await api.noSale(f.shiftId, { id: f.id(), at: f.ctx.clock() });

    const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);
    const ofSales = (pick: (sale: Sale) => number) => sum(sales.map(pick));
    const tendersOf = (kind: string) => sales.flatMap((sale) => sale.tenders).filter((t) => t.kind === kind);
    const tenderTotal = (kind: string) => ({
      kind,
      count: tendersOf(kind).length,
      amount: sum(tendersOf(kind).map((t) => t.amount)),
    });
    const cashApplied = tenderTotal('cash').amount;
    // Change is cash handed over but not applied.
    expect(ofSales((sale) => sale.change)).toBe(sum(tendersOf('cash').map((t) => t.tendered)) - cashApplied);
    const expectedCash = FLOAT + cashApplied - 850 + 10_000 - 5_000;
    expect(expectedCash).toBe(58_500); // 500.00 + (20.00 + 10.00 + 5.00 + 8.50) − 8.50 + 100.00 − 50.00
    // 584.70 in the drawer: 0.30 short.
    const count: CountLine[] = [
      { denomination: 10000, count: 5 },
      { denomination: 5000, count: 1 },
      { denomination: 2000, count: 1 },
      { denomination: 500, count: 2 },
      { denomination: 100, count: 4 },
      { denomination: 50, count: 1 },
      { denomination: 10, count: 2 },
    ];
    const countedCash = sum(count.map((line) => line.denomination * line.count));
    expected = {
      openingFloat: FLOAT,
      sales: {
        count: sales.length,
        subtotal: ofSales((sale) => sale.subtotal),
        discountTotal: ofSales((sale) => sale.discountTotal),
        taxTotal: ofSales((sale) => sale.taxTotal),
        netTotal: ofSales((sale) => sale.netTotal),
        total: ofSales((sale) => sale.total),
        cashRounding: ofSales((sale) => sale.cashRounding),
        change: ofSales((sale) => sale.change),
      },
      tenders: [tenderTotal('card'), tenderTotal('cash'), tenderTotal('qr')],
      cashIn: 10_000,
      cashOut: 5_000,
      noSaleCount: 1,
      voids: { lines: 2, lineAmount: 700 + 850, tickets: 1, ticketAmount: 455 },
      refunds: { count: 1, total: 850, tenders: [{ kind: 'cash', count: 1, amount: 850 }] },
      expectedCash,
      countedCash,
      variance: countedCash - expectedCash,
    };
    expect(expected.variance).toBe(-30);

    f.tick(60_000);
    const shift = await api.current(f.registerId);
    // Closing is a cashier's job (shift.operate); the count is blind, the report comes after it.
    close = await api.close(f.shiftId, count, f.tokens.cashier);
    expect(close).toEqual({
      kind: 'close',
      shift: { ...shift, status: 'closed', closedAt: f.ctx.clock() },
      currency: 'CNY',
      generatedAt: f.ctx.clock(),
      summary: expected,
    });
    expect(await api.report(f.shiftId)).toEqual(close);
    expect(await api.current(f.registerId)).toBeNull();
  });

  it('answers a sale retried after the close with the first result, changing no figure', async () => {
    const replayed = await api.call<Sale>('POST', '/api/v1/sales', 200, cashSaleBody);
    expect(replayed).toEqual(await api.call<Sale>('GET', `/api/v1/sales/${cashSaleBody.id}`, 200));
    expect(await api.sales()).toHaveLength(5);
    expect(await api.report(f.shiftId)).toEqual(close);
  });

  it("takes the register's Z report over the closed shift, once", async () => {
    f.tick(60_000);
    await expectRefused(f.ctx.db, {
      name: 'a cashier taking a Z report',
      send: () =>
        f.request('POST', '/api/v1/z-reports', {
          token: f.tokens.cashier,
          body: { id: f.id(), registerId: f.registerId, takenAt: f.ctx.clock() },
        }),
      status: 403,
      code: 'forbidden',
    });
    const id = f.id();
    z = await api.takeZ(f.registerId, id);
    expect(z).toEqual({
      id,
      storeId: f.store.id,
      registerId: f.registerId,
      zNo: 1,
      businessDate: '2025-01-15',
      takenBy: f.staffIds.manager,
      takenByName: 'manager name',
      takenAt: f.ctx.clock(),
      currency: 'CNY',
      shiftCount: 1,
      summary: expected,
    });
    expect(await api.takeZ(f.registerId, id, 200)).toEqual(z);
    expect(await api.call('GET', `/api/v1/z-reports/${id}`, 200)).toEqual(z);
    expect(await api.zReports()).toEqual([z]);
    expect(await api.report(f.shiftId)).toEqual({ ...close, shift: { ...close.shift, zReportId: id } });
    expect(await api.call('GET', `/api/v1/z-reports/${f.id()}`, 404)).toMatchObject({
      error: { code: 'z_report_not_found' },
    });
  });

  it('refuses a Z report while a shift is open, with nothing left, or twice a day', async () => {
    const takeZ = (registerId: string) => () =>
      f.request('POST', '/api/v1/z-reports', {
        token: f.tokens.manager,
        body: { id: f.id(), registerId, takenAt: f.ctx.clock() },
      });
    // Every closed shift of register 1 is covered: the check for something to report comes first.
    await expectRefused(f.ctx.db, {
      name: 'a second Z',
      send: takeZ(f.registerId),
      status: 409,
      code: 'z_nothing_to_report',
    });
    await expectRefused(f.ctx.db, {
      name: 'a Z with an open shift',
      send: takeZ(f.register2Id),
      status: 409,
      code: 'shift_still_open',
    });
    const late = await api.open(f.registerId);
    await expectRefused(f.ctx.db, {
      name: 'a Z with a new open shift',
      send: takeZ(f.registerId),
      status: 409,
      code: 'shift_still_open',
    });
    f.tick(HOUR);
    await api.close(late.id, FLOAT_COUNT);
    // Now there is a closed shift to report, but the business day already has its Z.
    await expectRefused(f.ctx.db, {
      name: 'a second Z the same day',
      send: takeZ(f.registerId),
      status: 409,
      code: 'z_report_exists',
    });
    expect(await api.zReports()).toEqual([z]);
    expect((await api.report(late.id)).shift.zReportId).toBeNull();

    // The next business day's Z covers the shift left over.
    // Past 04:00 the next morning (the cutover), in two steps: the manager's session lasts 12 h idle.
    f.tick(10 * HOUR);
    expect(await api.zReports()).toHaveLength(1);
    f.tick(10 * HOUR);
    const next = await api.takeZ(f.registerId);
    expect(next).toMatchObject({
      zNo: 2,
      shiftCount: 1,
      summary: { openingFloat: FLOAT, sales: { count: 0 }, expectedCash: FLOAT, variance: 0 },
    });
    expect(await api.zReports()).toEqual([next, z]);
  });

  it('keeps an intact journal of the day', async () => {
    // 5 sales, a refund, a void, cash in, cash out, no-sale, 2 shift closes, 2 Z reports (not shift opens).
    expect(await api.verify()).toMatchObject({ ok: true, count: 14, brokenAt: null, reason: null });
  });
});
