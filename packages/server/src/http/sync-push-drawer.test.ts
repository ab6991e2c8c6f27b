import type { CreateSaleBody, PushResult, Refund, Sale, SyncPushAnswer } from '@kassa/api';
import { createAlertRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { FLOAT_COUNT, shiftApi } from '../testing/shift-api';
import { createFixture, type Fixture } from '../testing/test-fixture';

// A whole shift that happened offline on register 02 arrives in one push: opened, sold, cash in
// and out, a no-sale, a refund, closed — in that order, each recorded once.
describeEachDialect('sync push: shifts, cash and refunds from the outbox', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
    // Register 02 starts the afternoon with no open shift.
    await shiftApi(f).close(f.shift2Id, FLOAT_COUNT);
  });
  const pushed = async (entries: unknown[], token = f.tokens.manager): Promise<PushResult[]> => {
    const response = await f.request('POST', '/api/v1/sync/push', {
      token,
      body: { registerId: f.register2Id, entries },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as SyncPushAnswer).results;
  };
  /** A refund entry of `quantity` colas of `sale`, on register 01. */
  const colaRefund = (sale: Sale, quantity: number) => {
    const id = f.id();
    const cola = sale.lines.find((line) => line.productId === f.products.cola);
    const payload = {
      id,
      saleId: sale.id,
      registerId: f.registerId,
      shiftId: f.shiftId,
      at: f.ctx.clock(),
      lines: [{ lineId: cola?.id ?? '', quantity }],
    };
    return { id, type: 'refund', payload };
  };
  const alertsOf = async (id: string) =>
    (await createAlertRepository(f.ctx.db).listFor(id)).map((alert) => alert.kind);

  /** An offline shift on register 02: float ¥500, two sales of ¥20.05 in cash, and what follows. */
  const offlineShift = () => {
    const shiftId = f.id();
    const on = { registerId: f.register2Id, shiftId };
    const sale = (): CreateSaleBody => f.saleBody({ registerId: f.register2Id, shiftId });
    const [first, second] = [sale(), sale()];
    const colaLine = first.lines[0]?.id ?? '';
    const entries = [
      {
        id: shiftId,
        type: 'shift_open',
        payload: {
          id: shiftId,
          registerId: f.register2Id,
          openedAt: f.ctx.clock(),
          openingCount: FLOAT_COUNT,
        },
      },
      { id: first.id, type: 'sale', payload: first },
      { id: second.id, type: 'sale', payload: second },
      ...(['cash_in', 'cash_out'] as const).map((kind, index) => {
        const id = f.id();
        // ¥500 float + ¥40.10 of sales + ¥10 in: taking ¥600 out is more than the drawer held.
        const amount = index === 0 ? 1000 : 60_000;
        return {
          id,
          type: 'cash_movement',
          payload: { ...on, id, kind, amount, reason: '找零', at: f.ctx.clock() },
        };
      }),
      (() => {
        const id = f.id();
        return { id, type: 'no_sale', payload: { ...on, id, at: f.ctx.clock() } };
      })(),
      (() => {
        const id = f.id();
        const refund = {
          ...on,
          id,
          saleId: first.id,
          at: f.ctx.clock(),
          lines: [{ lineId: colaLine, quantity: 2000 }],
        };
        return { id, type: 'refund', payload: refund };
      })(),
      {
        id: f.id(),
        type: 'shift_close',
        payload: { ...on, closedAt: f.ctx.clock(), count: [{ denomination: 100, count: 0 }] },
      },
    ];
    return { shiftId, entries };
  };

  it('records an offline shift in order, once, and flags a cash out the drawer could not hold', async () => {
    const { shiftId, entries } = offlineShift();
    const results = await pushed(entries);
    expect(results.map((r) => [r.id, r.status])).toEqual(entries.map((e) => [e.id, 'applied']));
    expect(results[1]).toMatchObject({ receiptNo: expect.stringMatching(/^S\d+-02-/) });
    expect(results[6]).toMatchObject({
      receiptNo: results[1]?.status === 'applied' ? results[1].receiptNo : '',
    });
    expect(await alertsOf(entries[4]?.id ?? '')).toEqual(['cash_out_exceeds_drawer']);

    const report = await shiftApi(f).report(shiftId);
    expect(report.shift.status).toBe('closed');
    // The cola line's paid share (its part of the ¥20.05 paid) went back in cash.
    const refunded = report.summary.refunds.total;
    expect(refunded).toBeGreaterThan(690);
    // What the two sales put in the drawer, after 抹零 on each ¥20.05.
    const cash = report.summary.tenders.find((tender) => tender.kind === 'cash')?.amount ?? 0;
    expect(cash).toBe(4000);
    expect(report.summary).toMatchObject({
      openingFloat: 50_000,
      sales: { count: 2, total: 4010 },
      cashIn: 1000,
      cashOut: 60_000,
      noSaleCount: 1,
      refunds: { count: 1, total: refunded },
      expectedCash: 50_000 + cash + 1000 - 60_000 - refunded,
      countedCash: 0,
    });
    expect((await shiftApi(f).verify()).ok).toBe(true);

    // The answer was lost: the register sends the whole shift again, and nothing is recorded twice.
    const again = await pushed(entries);
    expect(again.map((r) => r.status)).toEqual(entries.map(() => 'duplicate'));
    expect((await shiftApi(f).report(shiftId)).summary).toEqual(report.summary);
  });

  it('records an offline refund as the server works it out, and flags the figure the register paid', async () => {
    const sale = await shiftApi(f).sell(f.saleBody());
    const entry = colaRefund(sale, 1000);
    const { id } = entry;
    const payload = { ...entry.payload, expectedTotal: 400 };
    const response = await f.request('POST', '/api/v1/sync/push', {
      token: f.tokens.cashier,
      body: { registerId: f.registerId, entries: [{ id, type: 'refund', payload }] },
    });
    const [result] = ((await response.json()) as SyncPushAnswer).results;
    expect(result).toMatchObject({ status: 'applied', alerts: ['total_mismatch'] });
    const [alert] = await createAlertRepository(f.ctx.db).listFor(id);
    // Posted online with the same id, it is the same refund (the register's figure is not part of it).
    const { expectedTotal: _paid, ...body } = payload;
    const online = await f.request('POST', '/api/v1/refunds', { token: f.tokens.cashier, body });
    expect(online.status).toBe(200);
    // Half of the cola line's paid share (its part of the ¥20.05), not the ¥4 the register paid.
    const { total } = (await online.json()) as Refund;
    expect(total).toBeGreaterThan(300);
    expect(alert?.details).toEqual({ expected: 400, recorded: total });
  });

  it('rejects what cannot be recorded, with the reason, and applies the rest', async () => {
    const { shiftId, entries } = offlineShift();
    const [open, sale] = entries;
    const closedAgain = {
      id: f.id(),
      type: 'shift_close',
      payload: { registerId: f.register2Id, shiftId, closedAt: f.ctx.clock(), count: FLOAT_COUNT },
    };
    const results = await pushed([
      open,
      sale,
      { id: f.id(), type: 'tip', payload: {} },
      { ...closedAgain, id: f.id(), payload: { ...closedAgain.payload, shiftId: f.shiftId } },
      closedAgain,
      { ...closedAgain, id: f.id(), payload: { ...closedAgain.payload, count: [] } },
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? r.error.code : r.status))).toEqual([
      'applied',
      'applied',
      'validation_failed',
      'register_mismatch',
      'applied',
      'shift_closed',
    ]);
  });

  it('flags a refund of what another register already gave back: kept on the register, never lost', async () => {
    const sale = await shiftApi(f).sell(f.saleBody());
    const refundOf = () => colaRefund(sale, 2000);
    const [first, second] = [refundOf(), refundOf()];
    const response = await f.request('POST', '/api/v1/sync/push', {
      token: f.tokens.manager,
      body: { registerId: f.registerId, entries: [first, second] },
    });
    const results = ((await response.json()) as SyncPushAnswer).results;
    expect(results.map((r) => (r.status === 'rejected' ? r.error.code : r.status))).toEqual([
      'applied',
      'refund_exceeds_sale',
    ]);
    expect(await alertsOf(second.id)).toEqual(['refund_exceeds_sale']);
    // Sent again (the register keeps it until a manager looks): still one alert.
    await f.request('POST', '/api/v1/sync/push', {
      token: f.tokens.manager,
      body: { registerId: f.registerId, entries: [second] },
    });
    expect(await alertsOf(second.id)).toEqual(['refund_exceeds_sale']);
  });

  it('lets no one push what they could not do themselves', async () => {
    const id = f.id();
    const entry = {
      id,
      type: 'cash_movement',
      payload: {
        registerId: f.registerId,
        shiftId: f.shiftId,
        id,
        kind: 'cash_in',
        amount: 100,
        reason: 'x',
        at: f.ctx.clock(),
      },
    };
    const response = await f.request('POST', '/api/v1/sync/push', {
      token: f.tokens.cashier,
      body: { registerId: f.registerId, entries: [{ ...entry, staffId: f.staffIds.stock_clerk }] },
    });
    const [result] = ((await response.json()) as SyncPushAnswer).results;
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'register_mismatch' } });
    const asManager = await f.request('POST', '/api/v1/sync/push', {
      token: f.tokens.manager,
      body: { registerId: f.registerId, entries: [{ ...entry, staffId: f.staffIds.stock_clerk }] },
    });
    const [refused] = ((await asManager.json()) as SyncPushAnswer).results;
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'staff_not_found' } });
    // A cashier may not open the drawer without a sale (drawer.open), offline or not.
    const noSaleId = f.id();
    const noSale = {
      id: noSaleId,
      type: 'no_sale',
      payload: { registerId: f.registerId, shiftId: f.shiftId, id: noSaleId, at: f.ctx.clock() },
    };
    const asCashier = await f.request('POST', '/api/v1/sync/push', {
      token: f.tokens.cashier,
      body: { registerId: f.registerId, entries: [noSale] },
    });
    const [forbidden] = ((await asCashier.json()) as SyncPushAnswer).results;
    expect(forbidden).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
  });
});
