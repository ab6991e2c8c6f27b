import type { Register, Sale, ShiftReport } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('training mode (培训模式)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const switchTo = (training: boolean, token = f.tokens.manager) =>
    f.request('PATCH', `/api/v1/registers/${f.registerId}/training`, { token, body: { training } });
  const sell = (body: unknown) => f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body });
  const report = async () =>
    (
      (await (
        await f.request('GET', `/api/v1/shifts/${f.shiftId}/report`, { token: f.tokens.manager })
      ).json()) as ShiftReport
    ).summary;
  const onHand = async () => {
    const stock = await f.request('GET', `/api/v1/stores/${f.store.id}/stock?productId=${f.products.cola}`, {
      token: f.tokens.owner,
    });
    return ((await stock.json()) as { items: { onHand: number }[] }).items[0]?.onHand ?? 0;
  };

  it('only a manager switches it, and the register list says so', async () => {
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () => switchTo(true, f.tokens.cashier),
      status: 403,
      code: 'forbidden',
    });
    const switched = await switchTo(true);
    expect(switched.status).toBe(200);
    expect((await switched.json()) as Register).toMatchObject({ id: f.registerId, training: true });
  });

  it('training sales are numbered apart and stay out of stock and the shift, but are journaled', async () => {
    const before = { summary: await report(), onHand: await onHand() };
    await expectRefused(f.ctx.db, {
      name: 'a sale rung up outside training',
      send: () => sell(f.saleBody()),
      status: 409,
      code: 'training_mismatch',
    });
    const sold = await sell({ ...f.saleBody(), training: true });
    expect(sold.status).toBe(201);
    const sale = (await sold.json()) as Sale;
    expect(sale).toMatchObject({ training: true, receiptNo: `${f.store.code}-01-T000001` });
    expect(await onHand()).toBe(before.onHand);
    expect(await report()).toEqual(before.summary);
    const entries = await f.ctx.db
      .selectFrom('journal_entries')
      .select('kind')
      .where('ref_id', '=', sale.id)
      .execute();
    expect(entries).toEqual([{ kind: 'training_sale' }]);
    // A trainee cannot pay out real money: no refunds in training.
    await expectRefused(f.ctx.db, {
      name: 'a refund in training',
      send: () =>
        f.request('POST', '/api/v1/refunds', {
          token: f.tokens.cashier,
          body: {
            id: f.id(),
            saleId: sale.id,
            registerId: f.registerId,
            shiftId: f.shiftId,
            at: f.ctx.clock(),
            lines: [{ lineId: sale.lines[0]?.id, quantity: 1000 }],
          },
        }),
      status: 409,
      code: 'training_mismatch',
    });
    const verified = await f.request('GET', `/api/v1/stores/${f.store.id}/journal/verify`, {
      token: f.tokens.owner,
    });
    expect(await verified.json()).toMatchObject({ ok: true });
  });

  it('out of training, the real receipt numbers go on without a gap', async () => {
    expect((await switchTo(false)).status).toBe(200);
    await expectRefused(f.ctx.db, {
      name: 'a training sale after training ended',
      send: () => sell({ ...f.saleBody(), training: true }),
      status: 409,
      code: 'training_mismatch',
    });
    const sold = await sell(f.saleBody());
    expect(((await sold.json()) as Sale).receiptNo).toBe(`${f.store.code}-01-000001`);
  });
});
