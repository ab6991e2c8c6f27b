import type { ShiftReport, UnreceiptedReturn } from '@kassa/api';
import { createStoreRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { hashSecret } from '../auth/secret-hash';
import { expectRefused } from '../testing/expect-refused';
import { CASHIER_PIN, createFixture, type Fixture } from '../testing/test-fixture';

const MANAGER_PIN = '8642';

describeEachDialect('returns without a receipt (无小票退货)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
    await f.ctx.db
      .updateTable('staff')
      .set({ pin_hash: await hashSecret(MANAGER_PIN) })
      .where('id', '=', f.staffIds.manager)
      .execute();
  });
  const body = (overrides: Record<string, unknown> = {}) => ({
    id: f.id(),
    registerId: f.registerId,
    shiftId: f.shiftId,
    at: f.ctx.clock(),
    // 2 colas at today's 3.50 and 0.500 kg of apples at 12.99/kg (6.50 rounded half-up).
    lines: [
      { productId: f.products.cola, quantity: 2000 },
      { productId: f.products.apple, quantity: 500, damaged: true },
    ],
    reason: '顾客没有小票',
    ...overrides,
  });
  const take = (payload: unknown, token = f.tokens.cashier) =>
    f.request('POST', '/api/v1/returns', { token, body: payload });
  const onHand = async (productId: string) => {
    const answer = await f.request('GET', `/api/v1/stores/${f.store.id}/stock?productId=${productId}`, {
      token: f.tokens.manager,
    });
    return ((await answer.json()) as { items: { onHand: number }[] }).items[0]?.onHand ?? 0;
  };
  const report = async () =>
    (await (
      await f.request('GET', `/api/v1/shifts/${f.shiftId}/report`, { token: f.tokens.manager })
    ).json()) as ShiftReport;

  it('needs a manager: a cashier alone, or with a cashier PIN, or a wrong PIN, changes nothing', async () => {
    await expectRefused(f.ctx.db, {
      name: 'alone',
      send: () => take(body()),
      status: 403,
      code: 'return_approval_required',
    });
    // A refused approval is audited, so only the status is checked here (an audit row is written).
    const byCashier = await take(body({ approver: { username: 'cashier', pin: CASHIER_PIN } }));
    expect([byCashier.status, ((await byCashier.json()) as { error: { code: string } }).error.code]).toEqual([
      403,
      'approver_not_allowed',
    ]);
    const wrongPin = await take(body({ approver: { username: 'manager', pin: '0000' } }));
    expect(wrongPin.status).toBe(401);
    await expectRefused(f.ctx.db, {
      name: 'a fractional piece',
      send: () => take(body({ lines: [{ productId: f.products.cola, quantity: 1500 }] }), f.tokens.manager),
      status: 422,
      code: 'invalid_quantity',
    });
  });

  it("takes goods back at today's price with a manager's PIN: cash out of the drawer, stock back or written off", async () => {
    const colaBefore = await onHand(f.products.cola);
    const appleBefore = await onHand(f.products.apple);
    const before = await report();
    const payload = body({ approver: { username: 'manager', pin: MANAGER_PIN } });
    const answered = await take(payload);
    expect(answered.status).toBe(201);
    const taken = (await answered.json()) as UnreceiptedReturn;
    expect(taken).toMatchObject({
      total: 700 + 650,
      tender: { kind: 'cash', amount: 1350, reference: null },
      approvedBy: f.staffIds.manager,
      approverName: 'manager name',
      staffId: f.staffIds.cashier,
    });
    expect(
      taken.lines.map((line) => [line.name, line.quantity, line.unitPrice, line.amount, line.damaged]),
    ).toEqual([
      ['可口可乐 330ml', 2000, 350, 700, false],
      ['红富士苹果', 500, 1299, 650, true],
    ]);
    // The colas are back on the shelf; the damaged apples came back and were written off.
    expect(await onHand(f.products.cola)).toBe(colaBefore + 2000);
    expect(await onHand(f.products.apple)).toBe(appleBefore);
    // The shift counts it as a refund: 13.50 more out of the drawer in cash.
    const after = await report();
    expect(after.summary.refunds.count).toBe(before.summary.refunds.count + 1);
    expect(after.summary.expectedCash).toBe(before.summary.expectedCash - 1350);
    // Posted again (another manager's PIN or none at all): the same return, nothing twice.
    const again = await take({ ...payload, approver: undefined });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(taken);
    expect(await onHand(f.products.cola)).toBe(colaBefore + 2000);
  });

  it('goes to a card when the store says so, with the terminal reference', async () => {
    const stores = createStoreRepository(f.ctx.db);
    await stores.update(f.store.id, { unreceiptedReturnTender: 'card' });
    await expectRefused(f.ctx.db, {
      name: 'no reference',
      send: () => take(body(), f.tokens.manager),
      status: 422,
      code: 'return_reference_required',
    });
    const answered = await take(body({ reference: 'R-9001' }), f.tokens.manager);
    expect(((await answered.json()) as UnreceiptedReturn).tender).toEqual({
      kind: 'card',
      amount: 1350,
      reference: 'R-9001',
    });
    await stores.update(f.store.id, { unreceiptedReturnTender: 'cash' });
  });
});
