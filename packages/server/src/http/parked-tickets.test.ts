import type { ParkedTicket, Sale } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('parked tickets (挂单)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const parkBody = (overrides: Record<string, unknown> = {}) => {
    const { lines, discount } = f.saleBody();
    return {
      id: f.id(),
      registerId: f.registerId,
      at: f.ctx.clock(),
      note: '穿红衣服的阿姨',
      total: 2005,
      ticket: { lines, ...(discount ? { discount } : {}) },
      ...overrides,
    };
  };
  const park = (body: unknown, token = f.tokens.cashier) =>
    f.request('POST', '/api/v1/parked-tickets', { token, body });
  const list = async () =>
    (
      (await (
        await f.request('GET', `/api/v1/stores/${f.store.id}/parked-tickets`, { token: f.tokens.cashier })
      ).json()) as { items: ParkedTicket[] }
    ).items;
  const resume = (id: string, registerId: string) =>
    f.request('POST', `/api/v1/parked-tickets/${id}/resume`, {
      token: f.tokens.manager,
      body: { registerId },
    });

  it('parks a ticket at one register and resumes it at another, exactly once', async () => {
    const body = parkBody();
    const first = await park(body);
    expect(first.status).toBe(201);
    const parked = (await first.json()) as ParkedTicket;
    expect(parked).toMatchObject({ id: body.id, note: body.note, total: 2005, staffName: 'cashier name' });
    expect(parked.ticket).toEqual(body.ticket);
    // Parking it again (a retried request) answers the same ticket.
    const again = await park(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(parked);
    expect((await list()).map((t) => t.id)).toEqual([body.id]);

    const resumed = await resume(body.id, f.register2Id);
    expect(resumed.status).toBe(200);
    expect(await resumed.json()).toEqual(parked);
    expect(await list()).toEqual([]);
    await expectRefused(f.ctx.db, {
      name: 'resumed twice',
      send: () => resume(body.id, f.registerId),
      status: 404,
      code: 'parked_ticket_not_found',
    });
  });

  it('of two registers resuming the same ticket at once, one gets it', async () => {
    const body = parkBody();
    await park(body);
    const answers = await Promise.all([resume(body.id, f.registerId), resume(body.id, f.register2Id)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 404]);
  });

  it('refuses a paid ticket, an empty one and a foreign field, and parks nothing', async () => {
    const paid = (await (
      await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() })
    ).json()) as Sale;
    await expectRefused(f.ctx.db, {
      name: 'a paid ticket',
      send: () => park(parkBody({ id: paid.id })),
      status: 409,
      code: 'idempotency_conflict',
    });
    await expectRefused(f.ctx.db, {
      name: 'no lines',
      send: () => park(parkBody({ ticket: { lines: [] } })),
      status: 400,
      code: 'validation_failed',
      path: 'ticket.lines',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown field',
      send: () => park({ ...parkBody(), extra: 1 }),
      status: 400,
      code: 'validation_failed',
    });
    await expectRefused(f.ctx.db, {
      name: 'a stock clerk',
      send: () => park(parkBody(), f.tokens.stock_clerk),
      status: 403,
      code: 'forbidden',
    });
    expect(await list()).toEqual([]);
  });
});
