import type { Sale, TicketVoid } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('ticket voids', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const body = (overrides: Record<string, unknown> = {}) => ({
    id: f.id(),
    registerId: f.registerId,
    shiftId: f.shiftId,
    at: f.ctx.clock(),
    lines: [{ lineId: f.id(), productId: f.products.cola, quantity: 3000, unitPrice: 350 }],
    ...overrides,
  });
  const post = (payload: unknown, token = f.tokens.cashier) =>
    f.request('POST', '/api/v1/ticket-voids', { token, body: payload });

  it('records an abandoned ticket once, however often the register posts it', async () => {
    const ticket = body({ reason: '顾客不要了' });
    const first = await post(ticket);
    expect(first.status).toBe(201);
    const recorded = (await first.json()) as TicketVoid;
    expect(recorded).toMatchObject({ id: ticket.id, lineCount: 1, amount: 1050, shiftId: f.shiftId });
    const again = await post(ticket);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(recorded);
    const report = await f.request('GET', `/api/v1/shifts/${f.shiftId}/report`, { token: f.tokens.manager });
    expect(((await report.json()) as { summary: { voids: unknown } }).summary.voids).toEqual({
      lines: 0,
      lineAmount: 0,
      tickets: 1,
      ticketAmount: 1050,
    });
  });

  it('refuses to void a ticket that was paid, or one outside the open shift, and changes nothing', async () => {
    const paid = (await (
      await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() })
    ).json()) as Sale;
    await expectRefused(f.ctx.db, {
      name: 'a paid ticket',
      send: () => post(body({ id: paid.id })),
      status: 409,
      code: 'idempotency_conflict',
    });
    await expectRefused(f.ctx.db, {
      name: 'another register’s shift',
      send: () => post(body({ shiftId: f.shift2Id })),
      status: 409,
      code: 'shift_not_open',
    });
    await expectRefused(f.ctx.db, {
      name: 'nothing to void',
      send: () => post(body({ lines: [] })),
      status: 400,
      code: 'validation_failed',
      path: 'lines',
    });
    await expectRefused(f.ctx.db, {
      name: 'a fractional quantity beyond thousandths',
      send: () =>
        post(body({ lines: [{ lineId: f.id(), productId: f.products.cola, quantity: 0.5, unitPrice: 1 }] })),
      status: 400,
      code: 'validation_failed',
    });
    await expectRefused(f.ctx.db, {
      name: 'a gross beyond any amount',
      send: () =>
        post(
          body({
            lines: [
              {
                lineId: f.id(),
                productId: f.products.cola,
                quantity: 1_000_000_000,
                unitPrice: 10_000_000_000_000,
              },
            ],
          }),
        ),
      status: 400,
      code: 'validation_failed',
    });
    await expectRefused(f.ctx.db, {
      name: 'a stock clerk',
      send: () => post(body(), f.tokens.stock_clerk),
      status: 403,
      code: 'forbidden',
    });
  });

  it('keeps the lines removed before payment with the sale, in its shift and its journal entry', async () => {
    const removed = {
      lineId: f.id(),
      productId: f.products.bread,
      quantity: 2000,
      unitPrice: 850,
      at: f.ctx.clock(),
    };
    const sale = await f.request('POST', '/api/v1/sales', {
      token: f.tokens.cashier,
      body: f.saleBody({ voids: [removed] }),
    });
    expect(sale.status).toBe(201);
    const report = await f.request('GET', `/api/v1/shifts/${f.shiftId}/report`, { token: f.tokens.manager });
    expect(((await report.json()) as { summary: { voids: unknown } }).summary.voids).toMatchObject({
      lines: 1,
      lineAmount: 1700,
    });
    const journal = await f.request('GET', `/api/v1/stores/${f.store.id}/journal/verify`, {
      token: f.tokens.owner,
    });
    expect(await journal.json()).toMatchObject({ ok: true });
    // The same line id cannot be voided twice (a second sale reusing it is refused whole).
    await expectRefused(f.ctx.db, {
      name: 'a reused voided line id',
      send: () =>
        f.request('POST', '/api/v1/sales', {
          token: f.tokens.cashier,
          body: f.saleBody({ voids: [removed] }),
        }),
      status: 409,
      code: 'idempotency_conflict',
    });
  });
});
