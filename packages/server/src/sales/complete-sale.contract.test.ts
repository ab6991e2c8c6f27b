import type { Sale } from '@kassa/api';
import { createStockRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyStoreJournal } from '../journal/verify-store-journal';
import { pairTestDevice, pinSignInOn } from '../testing/paired-device';
import { rowCounts } from '../testing/row-counts';
import { APPLE_LABEL, createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('completing a sale', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });

  const onHand = (productId: string) =>
    createStockRepository(f.ctx.db).getOnHand(f.store.salesFloorId, productId);
  const post = (body: unknown, token = f.tokens.cashier) =>
    f.request('POST', '/api/v1/sales', { token, body });

  it('commits a 3-line sale with a weighed scale-label line once, with stock, journal and event', async () => {
    const before = await rowCounts(f.ctx.db);
    const colaBefore = await onHand(f.products.cola);
    const appleBefore = await onHand(f.products.apple);
    const body = f.saleBody();

    const response = await post(body);
    expect(response.status).toBe(201);
    const sale = (await response.json()) as Sale;
    expect(sale).toMatchObject({
      id: body.id,
      receiptNo: 'S01-01-000001',
      subtotal: 2005,
      total: 2005,
      // 抹零: cash due 20.05 rounds down to 20.00.
      cashRounding: -5,
      dueAfterRounding: 2000,
      paidTotal: 2000,
      change: 100,
      lineCount: 3,
      businessDate: '2025-01-15',
      staffName: 'cashier name',
    });
    expect(sale.lines.map((l) => [l.sku, l.quantity, l.amount])).toEqual([
      ['COLA-330', 2000, 700],
      ['APPLE', 350, 455],
      ['BREAD', 1000, 850],
    ]);
    // 13% VAT included in 7.00: net 6.19, tax 0.81.
    expect(sale.lines[0]).toMatchObject({ net: 619, tax: 81, taxRatePpm: 130_000 });
    expect(sale.tenders).toEqual([
      { kind: 'cash', amount: 2000, tendered: 2100, reference: null, brand: null, last4: null },
    ]);

    const after = await rowCounts(f.ctx.db);
    expect(after.sales - before.sales).toBe(1);
    expect(after.sale_lines - before.sale_lines).toBe(3);
    expect(after.sale_tenders - before.sale_tenders).toBe(1);
    // Bread is not stock-tracked: two movements, not three.
    expect(after.stock_movements - before.stock_movements).toBe(2);
    expect(after.journal_entries - before.journal_entries).toBe(1);
    // The sale's event, and one `alert.raised` per product it took below zero (both start at 0).
    expect(after.events - before.events).toBe(1 + (colaBefore >= 0 ? 1 : 0) + (appleBefore >= 0 ? 1 : 0));
    expect(await onHand(f.products.cola)).toBe(colaBefore - 2000);
    expect(await onHand(f.products.apple)).toBe(appleBefore - 350);
    expect(await verifyStoreJournal(f.ctx.db, f.store.id)).toMatchObject({ ok: true, brokenAt: null });

    const read = await f.request('GET', `/api/v1/sales/${sale.id}`, { token: f.tokens.cashier });
    expect(await read.json()).toEqual(sale);
  });

  it('answers a replayed post with the first result and changes nothing', async () => {
    const body = f.saleBody();
    const first = await post(body);
    expect(first.status).toBe(201);
    const firstSale = await first.json();
    const before = await rowCounts(f.ctx.db);
    const colaBefore = await onHand(f.products.cola);

    const again = await post(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(firstSale);
    expect(await rowCounts(f.ctx.db)).toEqual(before);
    expect(await onHand(f.products.cola)).toBe(colaBefore);
  });

  it('answers a replay with its first result even after the price changed', async () => {
    const body = f.saleBody({
      lines: [{ id: f.id(), productId: f.products.cola, quantity: 1000, unitPrice: 350 }],
      expectedTotal: 350,
      tenders: [{ kind: 'card', amount: 350, reference: 'T-1', last4: '1234' }],
    });
    expect((await post(body)).status).toBe(201);
    const owner = f.tokens.owner;
    await f.request('PATCH', `/api/v1/products/${f.products.cola}`, { token: owner, body: { price: 360 } });
    try {
      const again = await post(body);
      expect(again.status).toBe(200);
    } finally {
      await f.request('PATCH', `/api/v1/products/${f.products.cola}`, { token: owner, body: { price: 350 } });
    }
  });

  it('refuses the same id with a different body with 409 and changes nothing', async () => {
    const body = f.saleBody();
    expect((await post(body)).status).toBe(201);
    const before = await rowCounts(f.ctx.db);
    const changed = { ...body, tenders: [{ kind: 'cash', amount: 5000 }] };
    const response = await post(changed);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('idempotency_conflict');
    expect(await rowCounts(f.ctx.db)).toEqual(before);
  });

  describe('rejections leave no rows behind', () => {
    const cases: [string, (f: Fixture) => { body: unknown; token?: string }, number, string][] = [
      [
        'a price that changed',
        (f) => ({
          body: f.saleBody({
            lines: [{ id: f.id(), productId: f.products.cola, quantity: 1000, unitPrice: 300 }],
            expectedTotal: 300,
          }),
        }),
        409,
        'price_mismatch',
      ],
      ['a wrong total', (f) => ({ body: f.saleBody({ expectedTotal: 2004 }) }), 409, 'total_mismatch'],
      [
        'too little cash',
        (f) => ({ body: f.saleBody({ tenders: [{ kind: 'cash', amount: 1990 }] }) }),
        422,
        'tender_short',
      ],
      [
        'a card above the total',
        (f) => ({ body: f.saleBody({ tenders: [{ kind: 'card', amount: 2100, reference: 'X' }] }) }),
        422,
        'non_cash_exceeds_due',
      ],
      [
        'an inactive product',
        (f) => ({
          body: f.saleBody({
            lines: [{ id: f.id(), productId: f.products.old, quantity: 1000, unitPrice: 100 }],
            expectedTotal: 100,
          }),
        }),
        422,
        'product_inactive',
      ],
      [
        'an unknown product',
        (f) => ({
          body: f.saleBody({
            lines: [{ id: f.id(), productId: f.id(), quantity: 1000, unitPrice: 100 }],
            expectedTotal: 100,
          }),
        }),
        404,
        'product_not_found',
      ],
      [
        'half a piece',
        (f) => ({
          body: f.saleBody({
            lines: [{ id: f.id(), productId: f.products.cola, quantity: 1500, unitPrice: 350 }],
            expectedTotal: 525,
          }),
        }),
        422,
        'invalid_quantity',
      ],
      [
        "a weight that is not the label's",
        (f) => ({
          body: f.saleBody({
            lines: [
              {
                id: f.id(),
                productId: f.products.apple,
                quantity: 400,
                unitPrice: 1299,
                barcode: APPLE_LABEL,
              },
            ],
            expectedTotal: 520,
          }),
        }),
        422,
        'invalid_quantity',
      ],
      [
        'an unknown register',
        (f) => ({ body: f.saleBody({ registerId: f.id() }) }),
        404,
        'register_not_found',
      ],
      [
        "another register than the PIN session's",
        (f) => ({ body: f.saleBody({ registerId: f.register2Id }), token: 'pin' }),
        403,
        'register_mismatch',
      ],
    ];
    let pinToken: string;
    beforeAll(async () => {
      const response = await pinSignInOn(await pairTestDevice(f, f.registerId), f, 'cashier', '2468');
      pinToken = ((await response.json()) as { token: string }).token;
    });

    it.each(cases)('%s', async (_name, make, status, code) => {
      const { body, token } = make(f);
      const before = await rowCounts(f.ctx.db);
      const response = await post(body, token === 'pin' ? pinToken : (token ?? f.tokens.cashier));
      const answer = (await response.json()) as { error: { code: string; message: string } };
      expect([response.status, answer.error.code]).toEqual([status, code]);
      expect(answer.error.message.length).toBeGreaterThan(10);
      expect(await rowCounts(f.ctx.db)).toEqual(before);
    });

    it('names the expected and the offered price', async () => {
      const body = f.saleBody({
        lines: [{ id: f.id(), productId: f.products.cola, quantity: 1000, unitPrice: 300 }],
        expectedTotal: 300,
      });
      const answer = (await (await post(body)).json()) as { error: { details: unknown } };
      expect(answer.error.details).toEqual({ productId: f.products.cola, expected: 350, got: 300 });
    });
  });

  it('gives 10 concurrent sales gap-free receipt numbers and an intact journal', async () => {
    const before = await rowCounts(f.ctx.db);
    const bodies = Array.from({ length: 10 }, (_, i) =>
      f.saleBody({ registerId: i % 2 === 0 ? f.registerId : f.register2Id }),
    );
    const responses = await Promise.all(bodies.map((body) => post(body, f.tokens.manager)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const sales = (await Promise.all(responses.map((r) => r.json()))) as Sale[];
    for (const register of ['01', '02']) {
      const seqs = sales
        .filter((s) => s.receiptNo.startsWith(`S01-${register}-`))
        .map((s) => Number(s.receiptNo.slice(-6)))
        .sort((a, b) => a - b);
      const first = seqs[0] ?? 0;
      expect(seqs).toEqual(seqs.map((_, i) => first + i));
    }
    const after = await rowCounts(f.ctx.db);
    expect(after.sales - before.sales).toBe(10);
    expect(after.journal_entries - before.journal_entries).toBe(10);
    expect(after.events - before.events).toBe(10);
    const verification = await verifyStoreJournal(f.ctx.db, f.store.id);
    expect(verification).toMatchObject({ ok: true, count: after.journal_entries });
  });

  it('records two identical posts arriving together once', async () => {
    const body = f.saleBody();
    const before = await rowCounts(f.ctx.db);
    const [a, b] = await Promise.all([post(body), post(body)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(await a.json()).toEqual(await b.json());
    const after = await rowCounts(f.ctx.db);
    expect(after.sales - before.sales).toBe(1);
    expect(after.stock_movements - before.stock_movements).toBe(2);
  });
});
