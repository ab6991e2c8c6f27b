import type { CreateSaleBody, JournalVerification, PushResult, Sale, SyncPushAnswer } from '@kassa/api';
import { createAlertRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPushGate } from '../sync/push/push-gate';
import { expectRefused } from '../testing/expect-refused';
import { shiftApi } from '../testing/shift-api';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('sync push: a register sends its outbox', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const push = (
    entries: unknown[],
    options: { token?: string; registerId?: string } = {},
  ): Promise<Response> =>
    f.request('POST', '/api/v1/sync/push', {
      token: options.token ?? f.tokens.cashier,
      body: { registerId: options.registerId ?? f.registerId, entries },
    });
  const pushed = async (
    entries: unknown[],
    options?: { token?: string; registerId?: string },
  ): Promise<PushResult[]> => {
    const response = await push(entries, options);
    expect(response.status).toBe(200);
    return ((await response.json()) as SyncPushAnswer).results;
  };
  const saleEntry = (payload: CreateSaleBody, staffId?: string) => ({
    id: payload.id,
    type: 'sale',
    ...(staffId ? { staffId } : {}),
    payload,
  });
  const getSale = async (id: string) =>
    (await (await f.request('GET', `/api/v1/sales/${id}`, { token: f.tokens.owner })).json()) as Sale;
  const alertsOf = async (id: string) =>
    (await createAlertRepository(f.ctx.db).listFor(id)).map((alert) => alert.kind);
  const journalOk = async () =>
    (
      (await (
        await f.request('GET', `/api/v1/stores/${f.store.id}/journal/verify`, { token: f.tokens.owner })
      ).json()) as JournalVerification
    ).ok;

  it('records a sale with the receipt number the register gave it, once, however often it is sent', async () => {
    const body = f.saleBody({ receiptSeq: 501 });
    const [first] = await pushed([saleEntry(body)]);
    expect(first).toMatchObject({ id: body.id, status: 'applied', receiptNo: `${f.store.code}-01-000501` });
    for (let attempt = 0; attempt < 5; attempt++) {
      const [again] = await pushed([saleEntry(body)]);
      expect(again).toMatchObject({
        id: body.id,
        status: 'duplicate',
        receiptNo: first?.status === 'applied' ? first.receiptNo : '',
      });
    }
    const count = await f.ctx.db
      .selectFrom('sales')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    // The server's own numbering moved past the register's: the next online sale does not collide.
    const online = await shiftApi(f).sell(f.saleBody());
    expect(online.receiptNo).toBe(`${f.store.code}-01-000502`);
    expect(await journalOk()).toBe(true);
  });

  it('records an offline sale made at yesterday’s price as it was sold, and raises an alert', async () => {
    const changed = await f.request('PATCH', `/api/v1/products/${f.products.cola}`, {
      token: f.tokens.manager,
      body: { price: 400 },
    });
    expect(changed.status).toBe(200);
    const body = f.saleBody();
    const [result] = await pushed([saleEntry(body)]);
    expect(result).toMatchObject({ status: 'applied', alerts: ['price_mismatch'] });
    const sale = await getSale(body.id);
    expect(sale.total).toBe(2005);
    expect(sale.lines[0]).toMatchObject({ unitPrice: 350, quantity: 2000 });
    expect(await alertsOf(body.id)).toEqual(['price_mismatch']);
    // Online, the same sale would be refused so the cashier reprices it while the customer is there.
    await expectRefused(f.ctx.db, {
      name: 'the same sale posted online',
      send: () => f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() }),
      status: 409,
      code: 'price_mismatch',
    });
    await f.request('PATCH', `/api/v1/products/${f.products.cola}`, {
      token: f.tokens.manager,
      body: { price: 350 },
    });
  });

  it('records a discount nobody approved and a sale of a shift closed meanwhile, each with its alert', async () => {
    await shiftApi(f).close(f.shift2Id, [{ denomination: 10000, count: 5 }]);
    const body = f.saleBody({
      registerId: f.register2Id,
      shiftId: f.shift2Id,
      discount: { kind: 'percent', basisPoints: 5000 },
      expectedTotal: 1002,
      tenders: [{ kind: 'cash', amount: 1100 }],
    });
    // Sold by the cashier (whose limit the discount passes), sent later by the manager.
    const [result] = await pushed([saleEntry(body, f.staffIds.cashier)], {
      token: f.tokens.manager,
      registerId: f.register2Id,
    });
    expect(result).toMatchObject({ status: 'applied' });
    const kinds = await alertsOf(body.id);
    expect(kinds.filter((kind) => kind !== 'negative_stock').sort()).toEqual([
      'discount_over_limit',
      'shift_not_open',
    ]);
    expect(await journalOk()).toBe(true);
  });

  it('raises negative stock once per product, when a sale takes it below zero', async () => {
    await pushed([saleEntry(f.saleBody()), saleEntry(f.saleBody())]);
    const stock = await f.request('GET', `/api/v1/stores/${f.store.id}/stock?productId=${f.products.cola}`, {
      token: f.tokens.owner,
    });
    const onHand = ((await stock.json()) as { items: { onHand: number }[] }).items[0]?.onHand ?? 0;
    expect(onHand).toBeLessThan(0);
    const negatives = (await createAlertRepository(f.ctx.db).list(f.store.id, 1000))
      .filter((alert) => alert.kind === 'negative_stock')
      .map((alert) => alert.details.productId);
    // Cola and apples track stock and started at zero; bread does not track it.
    expect(negatives.sort()).toEqual([f.products.cola, f.products.apple].sort());
  });

  it('renumbers a sale whose receipt number another sale has, and says which number it had printed', async () => {
    const a = f.saleBody({ receiptSeq: 900 });
    const b = f.saleBody({ receiptSeq: 900 });
    const [ra] = await pushed([saleEntry(a)]);
    const [rb] = await pushed([saleEntry(b)]);
    expect(ra).toMatchObject({ status: 'applied', receiptNo: `${f.store.code}-01-000900` });
    expect(rb).toMatchObject({ status: 'applied', receiptNo: `${f.store.code}-01-000901` });
    const alert = (await createAlertRepository(f.ctx.db).listFor(b.id)).find(
      (x) => x.kind === 'receipt_renumbered',
    );
    expect(alert?.details).toEqual({ printed: `${f.store.code}-01-000900` });
  });

  it('does not let a number far beyond the register’s sequence move it there', async () => {
    const wild = f.saleBody({ receiptSeq: 999_999_999 });
    const [result] = await pushed([saleEntry(wild)]);
    expect(result).toMatchObject({
      status: 'applied',
      alerts: expect.arrayContaining(['receipt_renumbered']),
    });
    const next = await shiftApi(f).sell(f.saleBody());
    expect(Number(next.receiptNo.split('-').at(-1))).toBeLessThan(10_000);
  });

  it('rejects only what cannot be recorded, and goes on with the rest of the batch', async () => {
    const good = f.saleBody();
    const reused = { ...f.saleBody(), id: good.id, expectedTotal: 2005 };
    const malformed = { id: f.id(), type: 'sale', payload: { ...f.saleBody(), lines: [] } };
    const later = f.saleBody();
    const results = await pushed([saleEntry(good), malformed, saleEntry(reused), saleEntry(later)]);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      [good.id, 'applied'],
      [malformed.id, 'rejected'],
      [good.id, 'rejected'],
      [later.id, 'applied'],
    ]);
    expect(results[1]).toMatchObject({ error: { code: 'validation_failed' } });
    expect(results[2]).toMatchObject({ error: { code: 'idempotency_conflict' } });
    expect(await alertsOf(good.id)).toContain('sync_conflict');
  });

  it('credits the cashier who sold, when someone else sends the outbox later', async () => {
    const body = f.saleBody();
    const [result] = await pushed([saleEntry(body, f.staffIds.cashier)], { token: f.tokens.manager });
    expect(result).toMatchObject({ status: 'applied' });
    expect((await getSale(body.id)).staffId).toBe(f.staffIds.cashier);
    // A cashier signed in with a password, not at this register, cannot speak for someone else.
    const other = f.saleBody();
    const [refused] = await pushed([saleEntry(other, f.staffIds.manager)]);
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'register_mismatch' } });
    // Nor may a sale be credited to someone who does not sell (a stock clerk) or does not exist.
    for (const staffId of [f.staffIds.stock_clerk, f.id()]) {
      const [unknown] = await pushed([saleEntry(f.saleBody(), staffId)], { token: f.tokens.manager });
      expect(unknown).toMatchObject({ status: 'rejected', error: { code: 'staff_not_found' } });
    }
  });

  it('refuses a register the pusher cannot see, changing nothing', async () => {
    await expectRefused(f.ctx.db, {
      name: 'an unknown register',
      send: () => push([saleEntry(f.saleBody())], { registerId: f.id() }),
      status: 404,
      code: 'register_not_found',
    });
  });
});

describe('the push gate', () => {
  it('turns away pushes beyond its limit with a Retry-After of 1 to 5 seconds', async () => {
    const gate = createPushGate(1, 5, () => 0.99);
    let release = () => {};
    const first = gate(() => new Promise<void>((resolve) => (release = resolve)));
    await expect(gate(async () => 'second')).rejects.toMatchObject({
      code: 'rate_limited',
      details: { retryAfterSeconds: 5 },
    });
    release();
    await first;
    await expect(gate(async () => 'third')).resolves.toBe('third');
  });
});
