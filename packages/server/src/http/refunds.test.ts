import type { Refund, RefundableSale, Sale } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('refunds by receipt (退货)', (getDb) => {
  let f: Fixture;
  let sale: Sale;
  beforeAll(async () => {
    f = await createFixture(getDb());
    // 3 colas at 3.50 (10.50) and a bread 8.50 = 19.00: 10.00 by card, the rest in cash.
    const posted = await f.request('POST', '/api/v1/sales', {
      token: f.tokens.cashier,
      body: f.saleBody({
        lines: [
          { id: f.id(), productId: f.products.cola, quantity: 3000, unitPrice: 350 },
          { id: f.id(), productId: f.products.bread, quantity: 1000, unitPrice: 850 },
        ],
        tenders: [
          { kind: 'card', amount: 1000, reference: 'T-77', last4: '1234' },
          { kind: 'cash', amount: 1000 },
        ],
        expectedTotal: 1900,
      }),
    });
    expect(posted.status).toBe(201);
    sale = (await posted.json()) as Sale;
  });
  const cola = () => sale.lines[0]?.id ?? '';
  const body = (lines: { lineId: string; quantity: number; damaged?: boolean }[], id = f.id()) => ({
    id,
    saleId: sale.id,
    registerId: f.register2Id,
    shiftId: f.shift2Id,
    at: f.ctx.clock(),
    lines,
  });
  const refund = (payload: unknown) =>
    f.request('POST', '/api/v1/refunds', { token: f.tokens.manager, body: payload });
  const colaOnHand = async () => {
    const answer = await f.request('GET', `/api/v1/stores/${f.store.id}/stock?productId=${f.products.cola}`, {
      token: f.tokens.owner,
    });
    return ((await answer.json()) as { items: { onHand: number }[] }).items[0]?.onHand ?? 0;
  };

  it('finds the sale by its receipt number with what each line was paid', async () => {
    const found = await f.request('GET', `/api/v1/sales/by-receipt/${sale.receiptNo}`, {
      token: f.tokens.cashier,
    });
    expect(found.status).toBe(200);
    const refundable = (await found.json()) as RefundableSale;
    expect(refundable.sale.id).toBe(sale.id);
    expect(refundable.lines.map((l) => [l.quantity, l.paid, l.refundedQuantity])).toEqual([
      [3000, 1050, 0],
      [1000, 850, 0],
    ]);
    const missing = await f.request('GET', '/api/v1/sales/by-receipt/S01-01-999999', {
      token: f.tokens.cashier,
    });
    expect(missing.status).toBe(404);
  });

  it('refunds colas one by one at another register: 3.50 each, back onto card and cash in proportion', async () => {
    const before = await colaOnHand();
    const first = await refund(body([{ lineId: cola(), quantity: 1000 }]));
    expect(first.status).toBe(201);
    const one = (await first.json()) as Refund;
    expect(one.total).toBe(350);
    expect(one.tenders.reduce((sum, t) => sum + t.amount, 0)).toBe(350);
    expect(one.tenders.find((t) => t.kind === 'card')).toMatchObject({ reference: 'T-77', last4: '1234' });
    expect(await colaOnHand()).toBe(before + 1000);
    // The same refund posted again is the same refund.
    const again = await refund({ ...body([{ lineId: cola(), quantity: 1000 }], one.id), at: one.at });
    expect(again.status).toBe(200);
    const rest = (await (await refund(body([{ lineId: cola(), quantity: 2000 }]))).json()) as Refund;
    expect(rest.total).toBe(700);
  });

  it('never refunds more than was sold, nor half a piece, and changes nothing then', async () => {
    await expectRefused(f.ctx.db, {
      name: 'a fourth cola',
      send: () => refund(body([{ lineId: cola(), quantity: 1000 }])),
      status: 422,
      code: 'refund_exceeds_sale',
    });
    await expectRefused(f.ctx.db, {
      name: 'half a bread',
      send: () => refund(body([{ lineId: sale.lines[1]?.id ?? '', quantity: 500 }])),
      status: 422,
      code: 'invalid_quantity',
    });
    await expectRefused(f.ctx.db, {
      name: 'a line of another sale',
      send: () => refund(body([{ lineId: f.id(), quantity: 1000 }])),
      status: 422,
      code: 'refund_exceeds_sale',
    });
    // The bread comes back damaged: refunded, and written off rather than shelved.
    const id = f.id();
    const damaged = await refund(
      body([{ lineId: sale.lines[1]?.id ?? '', quantity: 1000, damaged: true }], id),
    );
    expect(damaged.status).toBe(201);
    expect(((await damaged.json()) as Refund).lines[0]).toMatchObject({ damaged: true, amount: 850 });
    await expectRefused(f.ctx.db, {
      name: 'the same id with other lines',
      send: () => refund(body([{ lineId: sale.lines[1]?.id ?? '', quantity: 1000 }], id)),
      status: 409,
      code: 'idempotency_conflict',
    });
  });

  it('in all, the refunds gave back exactly what the sale was paid', async () => {
    const found = (await (
      await f.request('GET', `/api/v1/sales/by-receipt/${sale.receiptNo}`, { token: f.tokens.cashier })
    ).json()) as RefundableSale;
    expect(found.lines.reduce((sum, l) => sum + l.refundedAmount, 0)).toBe(sale.paidTotal);
  });
});
