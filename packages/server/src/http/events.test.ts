import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { readEvents } from '../testing/read-events';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('live events (SSE)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const sell = async () => {
    const answer = await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() });
    expect(answer.status).toBe(201);
    return (await answer.json()) as { id: string; receiptNo: string };
  };

  it('pushes a sale to a following phone as it happens, and resumes after the last event seen', async () => {
    const stream = await f.request('GET', '/api/v1/events', { token: f.tokens.owner });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const sold = sell();
    const events = await readEvents(stream, (got) => got.some((e) => e.event === 'sale.completed'));
    const sale = await sold;
    expect(events[0]?.event).toBe('ready');
    const completed = events.find((e) => e.event === 'sale.completed');
    expect(completed?.data.payload).toMatchObject({
      id: sale.id,
      receiptNo: sale.receiptNo,
      total: 2005,
      lineCount: 3,
    });

    // Offline for two sales: back with Last-Event-ID, it gets exactly those, in order.
    const missed = [await sell(), await sell()];
    const resumed = await f.request('GET', '/api/v1/events', {
      token: f.tokens.owner,
      headers: { 'last-event-id': completed?.id ?? '' },
    });
    const caughtUp = await readEvents(
      resumed,
      (got) => got.filter((e) => e.event === 'sale.completed').length >= 2,
    );
    expect(caughtUp.filter((e) => e.event === 'sale.completed').map((e) => e.data.payload?.id)).toEqual(
      missed.map((m) => m.id),
    );
  });

  it('keeps training sales and the catalogue changes registers pull off the dashboard', async () => {
    const stream = await f.request('GET', '/api/v1/events', { token: f.tokens.owner });
    const training = (on: boolean) =>
      f.request('PATCH', `/api/v1/registers/${f.registerId}/training`, {
        token: f.tokens.manager,
        body: { training: on },
      });
    expect((await training(true)).status).toBe(200);
    const practice = await f.request('POST', '/api/v1/sales', {
      token: f.tokens.cashier,
      body: { ...f.saleBody(), training: true },
    });
    expect(practice.status).toBe(201);
    const renamed = await f.request('PATCH', `/api/v1/products/${f.products.bread}`, {
      token: f.tokens.manager,
      body: { name: '全麦面包 400g' },
    });
    expect(renamed.status).toBe(200);
    expect((await training(false)).status).toBe(200);
    const real = await sell();
    const events = await readEvents(stream, (got) => got.some((e) => e.event === 'sale.completed'));
    expect(events.map((e) => e.event)).toEqual([
      'ready',
      'register.training_changed',
      'register.training_changed',
      'sale.completed',
    ]);
    expect(events.at(-1)?.data.payload?.id).toBe(real.id);
  });

  it('follows only the asked store, refuses stores one cannot see and roles without reports', async () => {
    const other = await f.request('GET', `/api/v1/events?storeId=${f.id()}`, { token: f.tokens.owner });
    expect(other.status).toBe(404);
    const cashier = await f.request('GET', '/api/v1/events', { token: f.tokens.cashier });
    expect(cashier.status).toBe(403);
    const anonymous = await f.request('GET', '/api/v1/events', { token: null });
    expect(anonymous.status).toBe(401);
    const bad = await f.request('GET', '/api/v1/events?after=-3', { token: f.tokens.owner });
    expect(bad.status).toBe(400);
  });
});
