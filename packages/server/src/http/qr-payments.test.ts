import type { QrPaymentView, RefundableSale, Sale } from '@kassa/api';
import { qrRequestCancel } from '@kassa/core';
import { createQrPaymentRepository, createSettingsRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SandboxGateway, startSandboxGateway } from '../payments/gateway/sandbox-gateway';
import { QR_GATEWAY_SETTING } from '../payments/qr-gateway-setting';
import { createQrPaymentServices, type RunningQrPayments } from '../payments/qr-payment-services';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

const TIMING = { pollMs: 2000, timeoutMs: 60_000, retryMs: 1000, maxRetryMs: 30_000 };
/** WeChat Pay codes whose last digit picks the sandbox's behaviour (see sandbox-scenario.ts). */
const code = (last: number, n = 0) => `13${String(n).padStart(15, '0')}${last}`;
const ALIPAY = '2812345678901230';

describeEachDialect('QR payments (扫码付)', (getDb) => {
  let f: Fixture;
  let sandbox: SandboxGateway;
  let qr: RunningQrPayments;
  /** Driver runs waiting for the fake clock; `due()` runs those whose time has come. */
  const scheduled: { at: number; run: () => void }[] = [];
  let n = 0;

  beforeAll(async () => {
    sandbox = await startSandboxGateway({ merchantId: 'm-1', key: 'k'.repeat(32), confirmAfterMs: 5 });
    f = await createFixture(getDb(), {
      qrPayments: (ctx) => {
        qr = createQrPaymentServices(ctx, {
          timing: TIMING,
          schedule: (run, delayMs) => {
            const entry = { at: ctx.clock() + delayMs, run };
            scheduled.push(entry);
            return () => {
              const index = scheduled.indexOf(entry);
              if (index >= 0) scheduled.splice(index, 1);
            };
          },
        });
        return qr;
      },
    });
  });
  afterAll(async () => {
    await qr.close();
    await sandbox.stop();
  });

  /** Advances the fake clock by `ms` and lets the driver do what became due; resolves when it is idle. */
  async function tick(ms: number) {
    f.tick(ms);
    const due = scheduled.filter((entry) => entry.at <= f.ctx.clock());
    for (const entry of due) scheduled.splice(scheduled.indexOf(entry), 1);
    for (const entry of due) entry.run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const pay = (overrides: Record<string, unknown> = {}) =>
    f.request('POST', '/api/v1/qr-payments', {
      token: f.tokens.cashier,
      body: {
        id: f.id(),
        registerId: f.registerId,
        shiftId: f.shiftId,
        amount: 1500,
        code: code(0, n++),
        ...overrides,
      },
    });
  const read = async (id: string) =>
    (await (
      await f.request('GET', `/api/v1/qr-payments/${id}`, { token: f.tokens.cashier })
    ).json()) as QrPaymentView;
  const order = (id: string) => sandbox.orders().find((o) => o.outTradeNo === id);
  const configure = () =>
    createSettingsRepository(f.ctx.db).set(QR_GATEWAY_SETTING, {
      kind: 'http',
      url: sandbox.url,
      merchantId: sandbox.merchantId,
      key: sandbox.key,
    });

  it('is refused until the shop has a gateway, and for codes that are not payment codes', async () => {
    await expectRefused(f.ctx.db, {
      name: 'no gateway',
      send: () => pay(),
      status: 409,
      code: 'qr_not_configured',
    });
    await configure();
    for (const bad of ['6901234567892', '1234', `16${'0'.repeat(16)}`, 'abc']) {
      await expectRefused(f.ctx.db, {
        name: bad,
        send: () => pay({ code: bad }),
        status: 422,
        code: 'invalid_payment_code',
      });
    }
    expect(sandbox.orders()).toEqual([]);
  });

  it('lets the owner alone set the gateway, and never answers the signing key back', async () => {
    const set = (token: string, body: unknown) =>
      f.request('PATCH', '/api/v1/settings/qr-gateway', { token, body });
    const http = { kind: 'http', url: sandbox.url, merchantId: sandbox.merchantId, key: sandbox.key };
    await expectRefused(f.ctx.db, {
      name: 'manager',
      send: () => set(f.tokens.manager, http),
      status: 403,
      code: 'forbidden',
    });
    await expectRefused(f.ctx.db, {
      name: 'short key',
      send: () => set(f.tokens.owner, { ...http, key: 'short' }),
      status: 400,
      code: 'validation_failed',
      path: 'key',
    });
    const answered = await set(f.tokens.owner, http);
    expect(await answered.json()).toEqual({
      kind: 'http',
      url: sandbox.url,
      merchantId: 'm-1',
      keySet: true,
    });
    const read = await f.request('GET', '/api/v1/settings/qr-gateway', { token: f.tokens.owner });
    expect(JSON.stringify(await read.json())).not.toContain(sandbox.key);
  });

  it('charges at once, pays a sale once, and a replay never charges again', async () => {
    const id = f.id();
    const posted = await pay({ id, code: ALIPAY, amount: 2600 });
    expect(posted.status).toBe(201);
    const payment = (await posted.json()) as QrPaymentView;
    expect(payment).toMatchObject({
      status: 'succeeded',
      provider: 'alipay',
      codeMasked: '28**********1230',
    });
    const replay = await pay({ id, code: ALIPAY, amount: 2600 });
    expect(replay.status).toBe(200);
    expect(order(id)).toMatchObject({ chargeCount: 1, paidAmount: 2600 });
    await expectRefused(f.ctx.db, {
      name: 'same id, other amount',
      send: () => pay({ id, code: ALIPAY, amount: 2700 }),
      status: 409,
      code: 'idempotency_conflict',
    });

    // 2 colas (7.00) + bread (8.50) + 2 apples' worth… the standard sale is 20.05: 26.00 is too much.
    const tooMuch = f.saleBody({ tenders: [{ kind: 'qr', amount: 2600, paymentId: id }] });
    await expectRefused(f.ctx.db, {
      name: 'more than due',
      send: () => f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: tooMuch }),
      status: 422,
      code: 'non_cash_exceeds_due',
    });
    const exact = await pay({ amount: 2005 });
    const exactPayment = (await exact.json()) as QrPaymentView;
    const body = f.saleBody({ tenders: [{ kind: 'qr', amount: 2005, paymentId: exactPayment.id }] });
    const sold = await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body });
    expect(sold.status).toBe(201);
    const sale = (await sold.json()) as Sale;
    expect(sale.tenders).toEqual([
      expect.objectContaining({
        kind: 'qr',
        amount: 2005,
        brand: 'wechat',
        reference: exactPayment.transactionId,
      }),
    ]);
    expect((await read(exactPayment.id)).saleId).toBe(sale.id);
    await expectRefused(f.ctx.db, {
      name: 'a second sale with the same payment',
      send: () =>
        f.request('POST', '/api/v1/sales', {
          token: f.tokens.cashier,
          body: f.saleBody({ tenders: [{ kind: 'qr', amount: 2005, paymentId: exactPayment.id }] }),
        }),
      status: 409,
      code: 'qr_payment_unusable',
    });
    await expectRefused(f.ctx.db, {
      name: 'cancel a used payment',
      send: () =>
        f.request('POST', `/api/v1/qr-payments/${exactPayment.id}/cancel`, { token: f.tokens.cashier }),
      status: 409,
      code: 'qr_payment_used',
    });
    // The unused one is cancelled: the gateway gives the money back.
    const cancelled = await f.request('POST', `/api/v1/qr-payments/${id}/cancel`, {
      token: f.tokens.cashier,
    });
    expect(((await cancelled.json()) as QrPaymentView).status).toBe('reversed');
    expect(order(id)).toMatchObject({ status: 'reversed', chargeCount: 1, refundedAmount: 2600 });
  });

  it('waits for the customer to confirm, polling, while the register cannot start another payment', async () => {
    const posted = (await (await pay({ code: code(1, n++) })).json()) as QrPaymentView;
    expect(posted.status).toBe('user_paying');
    await expectRefused(f.ctx.db, {
      name: 'second payment',
      send: () => pay(),
      status: 409,
      code: 'qr_payment_in_progress',
    });
    // Its queries must reach the gateway that took it: the owner cannot switch gateways meanwhile.
    await expectRefused(f.ctx.db, {
      name: 'switch gateway',
      send: () =>
        f.request('PATCH', '/api/v1/settings/qr-gateway', {
          token: f.tokens.owner,
          body: { kind: 'sandbox' },
        }),
      status: 409,
      code: 'qr_payments_unsettled',
    });
    await tick(2000);
    expect(await read(posted.id)).toMatchObject({
      status: 'succeeded',
      transactionId: expect.stringMatching(/^4200/),
    });
    expect(order(posted.id)?.chargeCount).toBe(1);
  });

  it('reports a decline with the wallet reason, and charges nothing', async () => {
    const posted = (await (await pay({ code: code(2, n++) })).json()) as QrPaymentView;
    expect(posted).toMatchObject({ status: 'failed', failureCode: 'NOT_ENOUGH' });
    expect(posted.failureMessage).toMatch(/余额不足/);
    expect(order(posted.id)?.chargeCount).toBe(0);
  });

  it('reverses a payment the customer never confirms, at the deadline', async () => {
    const posted = (await (await pay({ code: code(3, n++) })).json()) as QrPaymentView;
    for (let waited = 0; waited < 60_000; waited += 2000) await tick(2000);
    expect((await read(posted.id)).status).toBe('reversed');
    expect(order(posted.id)).toMatchObject({ status: 'reversed', chargeCount: 0 });
  });

  it('resolves a lost answer by querying: paid once, never twice', async () => {
    const posted = (await (await pay({ code: code(4, n++) })).json()) as QrPaymentView;
    expect(posted.status).toBe('paying');
    await tick(1000);
    expect((await read(posted.id)).status).toBe('succeeded');
    expect(order(posted.id)?.chargeCount).toBe(1);
  });

  it('is followed up after a restart: a new driver picks up what was waiting', async () => {
    const posted = (await (await pay({ code: code(1, n++) })).json()) as QrPaymentView;
    expect(posted.status).toBe('user_paying');
    scheduled.length = 0; // the old server's timers died with it
    await new Promise((resolve) => setTimeout(resolve, 40)); // the customer confirms meanwhile
    const restarted = createQrPaymentServices(f.ctx, { timing: TIMING });
    await restarted.driver.resumeAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await read(posted.id)).status).toBe('succeeded');
    await restarted.close();
  });

  it('refunds the QR share of a refund through the gateway, once, and records nothing when it refuses', async () => {
    const paid = (await (await pay({ amount: 1500 })).json()) as QrPaymentView;
    const body = f.saleBody({
      tenders: [
        { kind: 'qr', amount: 1500, paymentId: paid.id },
        { kind: 'cash', amount: 600 },
      ],
    });
    const sale = (await (
      await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body })
    ).json()) as Sale;
    const bread = sale.lines.find((line) => line.productId === f.products.bread);
    const refundBody = (id: string) => ({
      id,
      saleId: sale.id,
      registerId: f.registerId,
      shiftId: f.shiftId,
      at: f.ctx.clock(),
      lines: [{ lineId: bread?.id ?? '', quantity: 1000 }],
    });
    const refund = (payload: unknown) =>
      f.request('POST', '/api/v1/refunds', { token: f.tokens.manager, body: payload });

    // A gateway that refuses (wrong credentials): 502, nothing recorded, nothing refunded.
    await createSettingsRepository(f.ctx.db).set(QR_GATEWAY_SETTING, {
      kind: 'http',
      url: sandbox.url,
      merchantId: sandbox.merchantId,
      key: 'wrong-key-wrong-key-wrong',
    });
    await expectRefused(f.ctx.db, {
      name: 'gateway refuses',
      send: () => refund(refundBody(f.id())),
      status: 502,
      code: 'qr_refund_failed',
    });
    expect(order(paid.id)?.refundedAmount).toBe(0);
    await configure();

    const id = f.id();
    const first = await refund(refundBody(id));
    expect(first.status).toBe(201);
    const recorded = (await first.json()) as { total: number; tenders: { kind: string; amount: number }[] };
    const qrBack = recorded.tenders.find((t) => t.kind === 'qr')?.amount ?? 0;
    const cashBack = recorded.tenders.find((t) => t.kind === 'cash')?.amount ?? 0;
    // The bread's share of what was paid (20.00 after 抹零), back in proportion to 15.00 QR and 5.00 cash.
    const refundable = (await (
      await f.request('GET', `/api/v1/sales/by-receipt/${sale.receiptNo}`, { token: f.tokens.manager })
    ).json()) as RefundableSale;
    expect(recorded.total).toBe(refundable.lines.find((line) => line.lineId === bread?.id)?.paid);
    expect(qrBack + cashBack).toBe(recorded.total);
    expect(qrBack).toBe(Math.round((recorded.total * 1500) / sale.paidTotal));
    expect(order(paid.id)?.refundedAmount).toBe(qrBack);
    // The same refund again: answered from the record, not paid out twice.
    expect((await refund(refundBody(id))).status).toBe(200);
    expect(order(paid.id)?.refundedAmount).toBe(qrBack);
  });

  it('lets one sale use two QR payments, and a sale that claims a payment beats a cancel that read it first', async () => {
    const first = (await (await pay({ amount: 1000 })).json()) as QrPaymentView;
    const second = (await (await pay({ amount: 1005, code: '2812345678901239' })).json()) as QrPaymentView;
    const seen = await createQrPaymentRepository(f.ctx.db).get(second.id);
    const sold = await f.request('POST', '/api/v1/sales', {
      token: f.tokens.cashier,
      body: f.saleBody({
        tenders: [
          { kind: 'qr', amount: 1000, paymentId: first.id },
          { kind: 'qr', amount: 1005, paymentId: second.id },
        ],
      }),
    });
    expect(sold.status).toBe(201);
    const sale = (await sold.json()) as Sale;
    expect(sale.tenders.map((t) => [t.kind, t.brand])).toEqual([
      ['qr', 'wechat'],
      ['qr', 'alipay'],
    ]);
    expect([(await read(first.id)).saleId, (await read(second.id)).saleId]).toEqual([sale.id, sale.id]);
    // A cancel that read the payment before the sale claimed it cannot save over the claim.
    if (!seen) throw new Error('no payment');
    expect(
      await createQrPaymentRepository(f.ctx.db).saveState(
        seen,
        qrRequestCancel(seen, f.ctx.clock()),
        f.ctx.clock(),
      ),
    ).toBe(false);
    expect((await read(second.id)).status).toBe('succeeded');
  });

  it('gives a QR share back once when two refunds of the same line race, whatever their ids', async () => {
    const paid = (await (await pay({ amount: 2005 })).json()) as QrPaymentView;
    const sale = (await (
      await f.request('POST', '/api/v1/sales', {
        token: f.tokens.cashier,
        body: f.saleBody({ tenders: [{ kind: 'qr', amount: 2005, paymentId: paid.id }] }),
      })
    ).json()) as Sale;
    const cola = sale.lines.find((line) => line.productId === f.products.cola);
    const refund = () =>
      f.request('POST', '/api/v1/refunds', {
        token: f.tokens.manager,
        body: {
          id: f.id(),
          saleId: sale.id,
          registerId: f.registerId,
          shiftId: f.shiftId,
          at: f.ctx.clock(),
          lines: [{ lineId: cola?.id ?? '', quantity: 2000 }],
        },
      });
    const statuses = (await Promise.all([refund(), refund()])).map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 422]);
    expect(order(paid.id)?.refundedAmount).toBe(700);
  });

  it('is never taken in training mode', async () => {
    const switched = await f.request('PATCH', `/api/v1/registers/${f.register2Id}/training`, {
      token: f.tokens.manager,
      body: { training: true },
    });
    expect(switched.status).toBe(200);
    await expectRefused(f.ctx.db, {
      name: 'training',
      send: () =>
        f.request('POST', '/api/v1/qr-payments', {
          token: f.tokens.manager,
          body: {
            id: f.id(),
            registerId: f.register2Id,
            shiftId: f.shift2Id,
            amount: 100,
            code: code(0, n++),
          },
        }),
      status: 409,
      code: 'qr_in_training',
    });
  });
});
