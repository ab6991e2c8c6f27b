import { inflateSync } from 'node:zlib';
import type { PurchaseOrder, PurchaseOrderSummary, StockReceipt, Supplier } from '@kassa/api';
import { createStockRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('purchase orders (采购单): draft, send, receive against, close', (getDb) => {
  let f: Fixture;
  let supplier: Supplier;
  beforeAll(async () => {
    f = await createFixture(getDb());
    supplier = (await (
      await f.request('POST', '/api/v1/suppliers', {
        token: f.tokens.manager,
        body: { name: '华润饮料', contact: '王经理', phone: '13800138000' },
      })
    ).json()) as Supplier;
    await f.request('PUT', `/api/v1/suppliers/${supplier.id}/products/${f.products.cola}`, {
      token: f.tokens.manager,
      body: { supplierSku: 'CR-330-24', unitCost: 150, packSize: 24_000 },
    });
  });
  const ordersPath = () => `/api/v1/stores/${f.store.id}/purchase-orders`;
  const draft = (lines: unknown[], id = f.id()) => ({
    id,
    supplierId: supplier.id,
    locationId: f.store.salesFloorId,
    expectedOn: '2025-01-18',
    note: '请上午送货',
    lines,
  });
  // 10 cases of 24 colas at 1.50 each (360.00), 5 kg of apples at 8.00 (40.00).
  let colaLine: { productId: string; quantity: number; unitCost: number; packSize?: number };
  let appleLine: typeof colaLine;
  beforeAll(() => {
    colaLine = { productId: f.products.cola, quantity: 240_000, unitCost: 150, packSize: 24_000 };
    appleLine = { productId: f.products.apple, quantity: 5_000, unitCost: 800 };
  });
  const create = (body: unknown, token = f.tokens.stock_clerk) =>
    f.request('POST', ordersPath(), { token, body });
  const get = async (id: string) =>
    (await (
      await f.request('GET', `/api/v1/purchase-orders/${id}`, { token: f.tokens.accountant })
    ).json()) as PurchaseOrder;
  const act = (id: string, action: 'send' | 'close') =>
    f.request('POST', `/api/v1/purchase-orders/${id}/${action}`, { token: f.tokens.stock_clerk });
  const receive = (orderId: string, lines: unknown[], extra: object = {}) =>
    f.request('POST', `/api/v1/stores/${f.store.id}/stock-receipts`, {
      token: f.tokens.stock_clerk,
      body: { id: f.id(), locationId: f.store.salesFloorId, purchaseOrderId: orderId, lines, ...extra },
    });

  it('drafts an order numbered per store, worth its lines at cost, the same id answering once', async () => {
    const body = draft([colaLine, appleLine]);
    const created = await create(body);
    expect(created.status).toBe(201);
    const order = (await created.json()) as PurchaseOrder;
    expect(order).toMatchObject({
      number: 1,
      status: 'draft',
      supplierName: '华润饮料',
      expectedOn: '2025-01-18',
      total: 40_000,
      sentAt: null,
      staffId: f.staffIds.stock_clerk,
      receiptIds: [],
    });
    expect(order.lines).toMatchObject([
      {
        sku: 'COLA-330',
        name: '可口可乐 330ml',
        supplierSku: 'CR-330-24',
        quantity: 240_000,
        packSize: 24_000,
        received: 0,
      },
      { sku: 'APPLE', unit: 'kg', supplierSku: '', quantity: 5_000, packSize: 1000, received: 0 },
    ]);
    expect(await (await create(body)).json()).toEqual(order);
    await expectRefused(f.ctx.db, {
      name: 'the same id with another body',
      send: () => create({ ...body, note: '' }),
      status: 409,
      code: 'idempotency_conflict',
    });
    expect(((await (await create(draft([appleLine]))).json()) as PurchaseOrder).number).toBe(2);

    // A draft changes as a whole.
    const changed = await f.request('PUT', `/api/v1/purchase-orders/${order.id}`, {
      token: f.tokens.stock_clerk,
      body: { ...draft([{ ...colaLine, quantity: 120_000 }]), id: undefined },
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()) as PurchaseOrder).toMatchObject({
      total: 18_000,
      lines: [{ quantity: 120_000 }],
    });
  });

  it('takes goods only once sent; then no longer changes; counts what came, short or over', async () => {
    const order = (await (await create(draft([colaLine, appleLine]))).json()) as PurchaseOrder;
    await expectRefused(f.ctx.db, {
      name: 'goods against a draft',
      send: () => receive(order.id, [{ productId: f.products.cola, quantity: 24_000, unitCost: 150 }]),
      status: 409,
      code: 'purchase_order_not_open',
    });
    const sent = (await (await act(order.id, 'send')).json()) as PurchaseOrder;
    expect(sent).toMatchObject({ status: 'sent', sentAt: expect.any(Number) });
    await expectRefused(f.ctx.db, {
      name: 'sending it twice',
      send: () => act(order.id, 'send'),
      status: 409,
      code: 'purchase_order_not_draft',
    });
    await expectRefused(f.ctx.db, {
      name: 'changing what was sent',
      send: () =>
        f.request('PUT', `/api/v1/purchase-orders/${order.id}`, {
          token: f.tokens.stock_clerk,
          body: { ...draft([appleLine]), id: undefined },
        }),
      status: 409,
      code: 'purchase_order_not_draft',
    });
    expect(await get(order.id)).toEqual(sent);

    // Half the colas: partly received, booked at the order's supplier.
    const first = await receive(order.id, [{ productId: f.products.cola, quantity: 120_000, unitCost: 150 }]);
    expect(first.status).toBe(201);
    const receipt = (await first.json()) as StockReceipt;
    expect(receipt).toMatchObject({
      purchaseOrderId: order.id,
      supplierId: supplier.id,
      supplier: '华润饮料',
    });
    expect(await get(order.id)).toMatchObject({
      status: 'partly_received',
      lines: [{ received: 120_000 }, { received: 0 }],
      receiptIds: [receipt.id],
    });

    // One case more than is still due, or a product not ordered: refused unless accepted.
    const over = await receive(order.id, [{ productId: f.products.cola, quantity: 144_000, unitCost: 150 }]);
    expect(over.status).toBe(409);
    expect(await over.json()).toMatchObject({
      error: {
        code: 'purchase_order_over_received',
        details: { productId: f.products.cola, ordered: 240_000, received: 120_000, quantity: 144_000 },
      },
    });
    await expectRefused(f.ctx.db, {
      name: 'a product not ordered',
      send: () => receive(order.id, [{ productId: f.products.old, quantity: 1000, unitCost: 50 }]),
      status: 409,
      code: 'purchase_order_over_received',
    });
    const accepted = await receive(
      order.id,
      [
        { productId: f.products.cola, quantity: 144_000, unitCost: 150 },
        { productId: f.products.apple, quantity: 5_000, unitCost: 800 },
        { productId: f.products.old, quantity: 1000, unitCost: 50 },
      ],
      { acceptOverDelivery: true },
    );
    expect(accepted.status).toBe(201);
    const received = await get(order.id);
    expect(received).toMatchObject({ status: 'received', total: 40_000 });
    expect(received.lines.map((line) => [line.sku, line.quantity, line.received])).toEqual([
      ['COLA-330', 240_000, 264_000],
      ['APPLE', 5_000, 5_000],
      ['OLD', 0, 1000],
    ]);
    expect(await createStockRepository(f.ctx.db).getOnHand(f.store.salesFloorId, f.products.cola)).toBe(
      264_000,
    );
    await expectRefused(f.ctx.db, {
      name: 'goods against an order received in full',
      send: () => receive(order.id, [{ productId: f.products.cola, quantity: 1000, unitCost: 150 }]),
      status: 409,
      code: 'purchase_order_not_open',
    });

    // Closed, and closed it stays.
    expect(((await (await act(order.id, 'close')).json()) as PurchaseOrder).status).toBe('closed');
    await expectRefused(f.ctx.db, {
      name: 'closing it again',
      send: () => act(order.id, 'close'),
      status: 409,
      code: 'purchase_order_not_open',
    });
  });

  it('closes a short order as closed and one with nothing received as cancelled', async () => {
    const short = (await (await create(draft([colaLine]))).json()) as PurchaseOrder;
    await act(short.id, 'send');
    await receive(short.id, [{ productId: f.products.cola, quantity: 48_000, unitCost: 150 }]);
    const closed = (await (await act(short.id, 'close')).json()) as PurchaseOrder;
    expect(closed).toMatchObject({
      status: 'closed',
      closedAt: expect.any(Number),
      lines: [{ received: 48_000 }],
    });
    const nothing = (await (await create(draft([colaLine]))).json()) as PurchaseOrder;
    expect(((await (await act(nothing.id, 'close')).json()) as PurchaseOrder).status).toBe('cancelled');
  });

  it('lists newest first by status and supplier, a page at a time, with how much came', async () => {
    const page = async (query: string) =>
      (await (await f.request('GET', `${ordersPath()}${query}`, { token: f.tokens.accountant })).json()) as {
        items: PurchaseOrderSummary[];
        nextCursor: string | null;
      };
    const all = await page('');
    const numbers = all.items.map((order) => order.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const closed = await page('?status=closed');
    expect(closed.items.map((order) => order.receivedShare).sort()).toEqual([1000, 200]);
    const first = await page('?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await page(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.items[0]?.number).toBe((first.items[1]?.number ?? 0) - 1);
    expect((await page(`?supplierId=${f.id()}`)).items).toEqual([]);
    await expectRefused(f.ctx.db, {
      name: 'a forged cursor',
      send: () => f.request('GET', `${ordersPath()}?cursor=abc`, { token: f.tokens.accountant }),
      status: 400,
      code: 'validation_failed',
      path: 'cursor',
    });
  });

  it('prints the order as an A4 PDF in the store’s language or the one asked for', async () => {
    const order = (await (await create(draft([colaLine, appleLine]))).json()) as PurchaseOrder;
    const answer = await f.request('GET', `/api/v1/purchase-orders/${order.id}/document`, {
      token: f.tokens.stock_clerk,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    const number = `PO-${String(order.number).padStart(6, '0')}`;
    expect(answer.headers.get('content-disposition')).toBe(`inline; filename="${number}.pdf"`);
    const text = pdfText(new Uint8Array(await answer.arrayBuffer()));
    for (const shown of [
      '采购单',
      '华润饮料',
      'CR-330-24',
      '可口可乐 330ml',
      '10 × 24',
      '400.00',
      '请上午送货',
      '草稿',
    ]) {
      expect(text, shown).toContain(hex(shown));
    }
    const english = await f.request('GET', `/api/v1/purchase-orders/${order.id}/document?lang=en`, {
      token: f.tokens.stock_clerk,
    });
    expect(pdfText(new Uint8Array(await english.arrayBuffer()))).toContain(hex('Purchase order'));
  });

  it('refuses an order to a paused supplier, an unknown one, and those who may not buy', async () => {
    await expectRefused(f.ctx.db, {
      name: 'an unknown supplier',
      send: () => create({ ...draft([colaLine]), supplierId: f.id() }),
      status: 404,
      code: 'supplier_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'goods whose stock is not tracked',
      send: () => create(draft([{ productId: f.products.bread, quantity: 1000, unitCost: 100 }])),
      status: 422,
      code: 'stock_untracked',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () => create(draft([colaLine]), f.tokens.cashier),
      status: 403,
      code: 'forbidden',
    });
    await expectRefused(f.ctx.db, {
      name: 'an accountant',
      send: () => create(draft([colaLine]), f.tokens.accountant),
      status: 403,
      code: 'forbidden',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown order',
      send: () => f.request('GET', `/api/v1/purchase-orders/${f.id()}`, { token: f.tokens.manager }),
      status: 404,
      code: 'purchase_order_not_found',
    });
    await f.request('PATCH', `/api/v1/suppliers/${supplier.id}`, {
      token: f.tokens.manager,
      body: { active: false },
    });
    await expectRefused(f.ctx.db, {
      name: 'a paused supplier',
      send: () => create(draft([colaLine])),
      status: 409,
      code: 'supplier_inactive',
    });
    await f.request('PATCH', `/api/v1/suppliers/${supplier.id}`, {
      token: f.tokens.manager,
      body: { active: true },
    });
  });
});

/** The text of every content stream of a PDF, inflated: hex strings are compared as written. */
function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  let text = '';
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      text += inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1');
    } catch {
      text += raw.slice(start, end);
    }
  }
  return text;
}

/** `text` as the writer puts it in a content stream: UTF-16BE hex. */
function hex(text: string): string {
  return Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
}
