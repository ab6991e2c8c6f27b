import type { CreateSaleBody, Shift } from '@kassa/api';
import { uuidV7 } from '@kassa/core';
import { createRegisterRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { addStore } from '../testing/add-store';
import { expectRefused } from '../testing/expect-refused';
import { answer, FLOAT, FLOAT_COUNT, shiftApi } from '../testing/shift-api';
import { createFixture, type Fixture, T0 } from '../testing/test-fixture';

describeEachDialect('shift routes', (getDb) => {
  let f: Fixture;
  let api: ReturnType<typeof shiftApi>;
  /** Register 2's second shift, opened once its first one is closed. */
  let reopenedId: string;
  beforeAll(async () => {
    f = await createFixture(getDb());
    api = shiftApi(f);
  });
  const refuse = (name: string, send: () => Promise<Response>, status: number, code: string, path?: string) =>
    expectRefused(f.ctx.db, { name, send, status, code, ...(path === undefined ? {} : { path }) });
  const post = (path: string, body: unknown, token = f.tokens.manager) =>
    f.request('POST', path, { token, body });
  const expectNotFound = async (path: string, code: string) =>
    expect(await api.call('GET', path, 404)).toMatchObject({ error: { code } });

  it("answers each register's open shift", async () => {
    const shift: Shift = {
      id: f.shiftId,
      storeId: f.store.id,
      registerId: f.registerId,
      status: 'open',
      openedBy: f.staffIds.manager,
      openedByName: 'manager name',
      openedAt: T0,
      businessDate: '2025-01-15',
      openingFloat: FLOAT,
      closedAt: null,
      zReportId: null,
    };
    expect(await api.current(f.registerId)).toEqual(shift);
    const path = `/api/v1/registers/${f.register2Id}/shift`;
    const asCashier = await api.call<{ shift: Shift }>('GET', path, 200, undefined, f.tokens.cashier);
    expect(asCashier.shift.id).toBe(f.shift2Id);
  });

  it('answers a replayed open with the first shift and refuses a second open shift', async () => {
    const first = await api.current(f.registerId);
    const replay = { id: f.shiftId, registerId: f.registerId, openedAt: T0, openingCount: FLOAT_COUNT };
    expect(await answer<Shift>(post('/api/v1/shifts', replay), 200)).toEqual(first);

    const secondId = f.id();
    await refuse(
      'a second open shift',
      () => post('/api/v1/shifts', { ...replay, id: secondId, openedAt: f.ctx.clock() }),
      409,
      'shift_already_open',
    );
    // The first shift's id on another register is not a replay.
    await refuse(
      'a shift id replayed on another register',
      () => post('/api/v1/shifts', { ...replay, registerId: f.register2Id }),
      409,
      'idempotency_conflict',
    );
    expect(await api.current(f.registerId)).toEqual(first);
    await expectNotFound(`/api/v1/shifts/${secondId}/report`, 'shift_not_found');
  });

  it('closes a shift with a blind count, after which the drawer is shut', async () => {
    f.tick(60_000);
    const cashIn = api.cashMovement(f.id(), 'cash_in', 1000);
    await api.move(f.shift2Id, cashIn);
    f.tick(60_000);
    await refuse(
      'a close counting a ¥2 note',
      () =>
        post(`/api/v1/shifts/${f.shift2Id}/close`, {
          closedAt: f.ctx.clock(),
          count: [{ denomination: 200, count: 1 }],
        }),
      422,
      'invalid_cash_count',
    );
    expect(await api.current(f.register2Id)).toMatchObject({ id: f.shift2Id, status: 'open' });
    const report = await api.close(f.shift2Id, [...FLOAT_COUNT, { denomination: 1000, count: 1 }]);
    expect(report).toMatchObject({
      kind: 'close',
      shift: { id: f.shift2Id, status: 'closed', closedAt: f.ctx.clock(), zReportId: null },
      generatedAt: f.ctx.clock(),
      summary: { cashIn: 1000, expectedCash: FLOAT + 1000, countedCash: FLOAT + 1000, variance: 0 },
    });
    expect(await api.current(f.register2Id)).toBeNull();

    // A retry of what the register sent before the close still answers the first record.
    expect(await api.move(f.shift2Id, cashIn, 200)).toMatchObject({ id: cashIn.id, amount: 1000 });
    const shiftPath = `/api/v1/shifts/${f.shift2Id}`;
    for (const [name, send] of [
      ['cash in', () => post(`${shiftPath}/cash-movements`, api.cashMovement(f.id(), 'cash_in', 100))],
      ['no-sale', () => post(`${shiftPath}/no-sale`, { id: f.id(), at: f.ctx.clock() })],
      ['X report', () => post(`${shiftPath}/x-report`, undefined)],
      ['close again', () => post(`${shiftPath}/close`, { closedAt: f.ctx.clock(), count: FLOAT_COUNT })],
    ] as const) {
      await refuse(`${name} on a closed shift`, send, 409, 'shift_closed');
    }
    expect(await api.report(f.shift2Id)).toEqual(report);
  });

  it('refuses a bad opening count and opens nothing', async () => {
    const cases: [string, unknown[], number, string, string?][] = [
      ['a ¥2 note, which CNY does not have', [{ denomination: 200, count: 1 }], 422, 'invalid_cash_count'],
      [
        'one denomination twice',
        [...FLOAT_COUNT, { denomination: 10000, count: 1 }],
        422,
        'invalid_cash_count',
      ],
      [
        'a negative count',
        [{ denomination: 10000, count: -1 }],
        400,
        'validation_failed',
        'openingCount.0.count',
      ],
      [
        'a fractional count',
        [{ denomination: 100, count: 1.5 }],
        400,
        'validation_failed',
        'openingCount.0.count',
      ],
    ];
    for (const [name, openingCount, status, code, path] of cases) {
      const id = f.id();
      const body = { id, registerId: f.register2Id, openedAt: f.ctx.clock(), openingCount };
      await refuse(name, () => post('/api/v1/shifts', body), status, code, path);
      expect(await api.current(f.register2Id)).toBeNull();
      await expectNotFound(`/api/v1/shifts/${id}/report`, 'shift_not_found');
    }
    const unknown = await post('/api/v1/shifts', {
      id: f.id(),
      registerId: f.register2Id,
      openedAt: f.ctx.clock(),
      openingCount: [{ denomination: 200, count: 1 }],
    });
    expect(await unknown.json()).toMatchObject({
      error: { details: { code: 'unknown_denomination', denomination: 200 } },
    });

    reopenedId = (await api.open(f.register2Id)).id;
    expect(await api.current(f.register2Id)).toMatchObject({ id: reopenedId, openingFloat: FLOAT });
  });

  it("refuses a sale outside its register's open shift and records nothing", async () => {
    const cases: [string, Partial<CreateSaleBody>][] = [
      ["the register's closed shift", { registerId: f.register2Id, shiftId: f.shift2Id }],
      ['a closed shift of another register', { shiftId: f.shift2Id }],
      ["another register's open shift", { shiftId: reopenedId }],
      ['an unknown shift', { shiftId: f.id() }],
    ];
    for (const [name, overrides] of cases) {
      await refuse(name, () => post('/api/v1/sales', f.saleBody(overrides)), 409, 'shift_not_open');
    }
    expect(await api.sales()).toEqual([]);
    const sale = await api.sell(f.saleBody());
    expect((await api.sales()).map((s) => s.id)).toEqual([sale.id]);
  });

  it('moves cash in and out idempotently, never more out than the drawer should hold', async () => {
    const before = (await api.xReport(f.shiftId)).summary;
    const cashIn = api.cashMovement(f.id(), 'cash_in', 2000, '备用零钱');
    const recorded = await api.move(f.shiftId, cashIn);
    expect(recorded).toEqual({ ...cashIn, shiftId: f.shiftId, staffId: f.staffIds.manager });
    expect(await api.move(f.shiftId, cashIn, 200)).toEqual(recorded);
    await refuse(
      'the same id with another amount',
      () => post(`/api/v1/shifts/${f.shiftId}/cash-movements`, { ...cashIn, amount: 3000 }),
      409,
      'idempotency_conflict',
    );

    const inDrawer = before.expectedCash + 2000;
    const tooMuch = api.cashMovement(f.id(), 'cash_out', inDrawer + 1, 'bank deposit');
    await refuse(
      'cash out beyond the drawer',
      () => post(`/api/v1/shifts/${f.shiftId}/cash-movements`, tooMuch),
      422,
      'cash_out_exceeds_drawer',
    );
    const refused = await post(`/api/v1/shifts/${f.shiftId}/cash-movements`, tooMuch);
    const answer = (await refused.json()) as { error: { details: Record<string, unknown> } };
    expect(answer).toMatchObject({ error: { details: { requested: inDrawer + 1 } } });
    // The blind count stays blind: the refusal does not tell the cashier what the drawer holds.
    expect(answer.error.details).not.toHaveProperty('expectedCash');
    await api.move(f.shiftId, api.cashMovement(f.id(), 'cash_out', 1000, 'bank deposit'));

    const after = (await api.xReport(f.shiftId)).summary;
    expect(after).toMatchObject({
      cashIn: before.cashIn + 2000,
      cashOut: before.cashOut + 1000,
      expectedCash: before.expectedCash + 1000,
    });
  });

  it('opens the drawer without a sale for a manager, journaled, not for a cashier', async () => {
    const noSalePath = `/api/v1/shifts/${f.shiftId}/no-sale`;
    await refuse(
      'a cashier opening the drawer',
      () => post(noSalePath, { id: f.id(), at: f.ctx.clock() }, f.tokens.cashier),
      403,
      'forbidden',
    );
    const journal = await api.verify();
    const id = f.id();
    expect(await api.noSale(f.shiftId, { id, at: f.ctx.clock(), reason: '换零钱' })).toEqual({
      id,
      shiftId: f.shiftId,
      kind: 'no_sale',
      amount: 0,
      reason: '换零钱',
      staffId: f.staffIds.manager,
      at: f.ctx.clock(),
    });
    expect(await api.verify()).toMatchObject({ ok: true, count: journal.count + 1, brokenAt: null });
    expect((await api.xReport(f.shiftId)).summary.noSaleCount).toBe(1);
  });

  it('shows the X report to a manager, not to a cashier', async () => {
    await refuse(
      'a cashier taking an X report',
      () => post(`/api/v1/shifts/${f.shiftId}/x-report`, undefined, f.tokens.cashier),
      403,
      'forbidden',
    );
    const [sale] = await api.sales();
    const cashOfSale = 2000; // the fixture's sale: 20.05 in cash, 抹零 to 20.00
    expect(sale?.dueAfterRounding).toBe(cashOfSale);
    f.tick(1000);
    const report = await api.xReport(f.shiftId);
    expect(report).toMatchObject({
      kind: 'x',
      shift: { id: f.shiftId, status: 'open' },
      currency: 'CNY',
      generatedAt: f.ctx.clock(),
      summary: {
        openingFloat: FLOAT,
        sales: { count: 1, total: 2005, cashRounding: -5, change: 100 },
        tenders: [{ kind: 'cash', count: 1, amount: cashOfSale }],
        cashIn: 2000,
        cashOut: 1000,
        noSaleCount: 1,
        expectedCash: FLOAT + cashOfSale + 2000 - 1000,
      },
    });
    expect(report.summary.countedCash).toBeUndefined();
    expect(await api.call('POST', `/api/v1/shifts/${f.id()}/x-report`, 404)).toMatchObject({
      error: { code: 'shift_not_found' },
    });
  });

  it("hides another store's shifts from a manager of this store", async () => {
    const other = await addStore(f, 'S02', '二号店');
    const register = await createRegisterRepository(f.ctx.db).create({
      id: uuidV7(T0, f.ctx.random(10)),
      storeId: other.id,
      code: '01',
      name: 'R1',
      active: true,
      createdAt: T0,
    });
    const opened = await api.call<Shift>(
      'POST',
      '/api/v1/shifts',
      201,
      { id: f.id(), registerId: register.id, openedAt: f.ctx.clock(), openingCount: [] },
      f.tokens.owner,
    );
    const path = `/api/v1/shifts/${opened.id}`;
    for (const [name, send] of [
      ['its report', () => f.request('GET', `${path}/report`, { token: f.tokens.manager })],
      ['an X report', () => post(`${path}/x-report`, undefined)],
      ['a cash movement', () => post(`${path}/cash-movements`, api.cashMovement(f.id(), 'cash_in', 100))],
      ['a close', () => post(`${path}/close`, { closedAt: f.ctx.clock(), count: [] })],
    ] as const) {
      await refuse(`${name} of another store's shift`, send, 404, 'shift_not_found');
    }
    await refuse(
      "another store's register's shift",
      () => f.request('GET', `/api/v1/registers/${register.id}/shift`, { token: f.tokens.manager }),
      404,
      'register_not_found',
    );
    const asOwner = await f.request('GET', `${path}/report`, { token: f.tokens.owner });
    expect(asOwner.status).toBe(200);
  });
});
