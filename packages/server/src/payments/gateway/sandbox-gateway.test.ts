import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayPayRequest, PaymentGateway } from '../payment-gateway';
import { createHttpPaymentGateway } from './http-payment-gateway';
import { type SandboxGateway, startSandboxGateway } from './sandbox-gateway';

/** 2026-03-01 10:00 in Shanghai; the sandbox and the clients share this hand-moved clock. */
let now = Date.UTC(2026, 2, 1, 2, 0, 0);
const clock = (): number => now;

/** An 18-digit WeChat Pay code (prefix 13) whose last digit picks the sandbox scenario. */
const wechat = (last: number): string => `13${'0'.repeat(15)}${last}`;
/** An 18-digit Alipay code (prefix 28). */
const alipay = (last: number): string => `28${'0'.repeat(15)}${last}`;

let sandbox: SandboxGateway;
let gateway: PaymentGateway;
let seq = 0;

function payRequest(authCode: string, amount = 1250): GatewayPayRequest {
  seq += 1;
  return { outTradeNo: `P${seq}`, authCode, amount, currency: 'CNY', description: 'Kassa 测试店' };
}

function orderOf(outTradeNo: string) {
  return sandbox.orders().find((order) => order.outTradeNo === outTradeNo);
}

function client(overrides: { key?: string; merchantId?: string; timeoutMs?: number; clock?: () => number }) {
  return createHttpPaymentGateway({
    url: sandbox.url,
    merchantId: 'M1',
    key: 'sandbox-key',
    clock,
    ...overrides,
  });
}

beforeAll(async () => {
  sandbox = await startSandboxGateway({
    merchantId: 'M1',
    key: 'sandbox-key',
    confirmAfterMs: 200,
    slowMs: 300,
    clock,
  });
  gateway = client({});
});
afterAll(() => sandbox.stop());

describe('sandbox gateway through the HTTP client', () => {
  it('pays a plain code at once, with a WeChat-shaped transaction id', async () => {
    const request = payRequest(wechat(0));
    const paid = await gateway.pay(request);
    expect(paid).toEqual({
      kind: 'success',
      transactionId: expect.stringMatching(/^4200\d{6}20260301\d{10}$/),
    });
    expect(await gateway.query(request.outTradeNo)).toEqual(paid);
    expect(orderOf(request.outTradeNo)).toMatchObject({
      status: 'success',
      paidAmount: 1250,
      chargeCount: 1,
    });
  });

  it('gives Alipay codes Alipay-shaped, unique transaction ids', async () => {
    const first = await gateway.pay(payRequest(alipay(9)));
    const second = await gateway.pay(payRequest(alipay(9)));
    expect(first).toEqual({ kind: 'success', transactionId: expect.stringMatching(/^20260301\d{20}$/) });
    expect(second).toEqual({ kind: 'success', transactionId: expect.stringMatching(/^20260301\d{20}$/) });
    expect(second).not.toEqual(first);
  });

  it('waits for the customer to confirm (code ending in 1), then answers success', async () => {
    const request = payRequest(wechat(1));
    expect(await gateway.pay(request)).toEqual({ kind: 'user_paying' });
    now += 199;
    expect(await gateway.query(request.outTradeNo)).toEqual({ kind: 'user_paying' });
    expect(orderOf(request.outTradeNo)).toMatchObject({ status: 'user_paying', chargeCount: 0 });
    now += 1;
    expect(await gateway.query(request.outTradeNo)).toEqual({
      kind: 'success',
      transactionId: expect.any(String),
    });
    expect(orderOf(request.outTradeNo)).toMatchObject({ status: 'success', chargeCount: 1 });
  });

  it('declines a code ending in 2 without charging', async () => {
    const request = payRequest(wechat(2));
    const declined = { kind: 'failed', code: 'NOT_ENOUGH', message: '余额不足 / insufficient balance' };
    expect(await gateway.pay(request)).toEqual(declined);
    expect(await gateway.query(request.outTradeNo)).toEqual(declined);
    expect(orderOf(request.outTradeNo)).toMatchObject({ status: 'failed', paidAmount: 0, chargeCount: 0 });
  });

  it('keeps a code ending in 3 user-paying until it is reversed', async () => {
    const request = payRequest(wechat(3));
    expect(await gateway.pay(request)).toEqual({ kind: 'user_paying' });
    now += 3_600_000;
    expect(await gateway.query(request.outTradeNo)).toEqual({ kind: 'user_paying' });
    expect(await gateway.reverse(request.outTradeNo)).toEqual({ kind: 'reversed' });
    expect(await gateway.query(request.outTradeNo)).toEqual({ kind: 'reversed' });
    expect(orderOf(request.outTradeNo)).toMatchObject({ status: 'reversed', chargeCount: 0 });
  });

  it('loses the answer for a code ending in 4: unknown, yet paid once, as a query shows', async () => {
    const request = payRequest(wechat(4));
    const answer = await gateway.pay(request);
    expect(answer.kind).toBe('unknown');
    expect(JSON.stringify(answer)).not.toContain(request.authCode);
    expect(await gateway.query(request.outTradeNo)).toMatchObject({ kind: 'success' });
    expect(orderOf(request.outTradeNo)).toMatchObject({ status: 'success', chargeCount: 1 });
  });

  it('holds the answer for a code ending in 5: a short timeout gives unknown, a query success', async () => {
    const request = payRequest(wechat(5));
    expect(await client({ timeoutMs: 100 }).pay(request)).toEqual({
      kind: 'unknown',
      reason: 'no answer within 100 ms',
    });
    expect(await gateway.query(request.outTradeNo)).toMatchObject({ kind: 'success' });
    expect(orderOf(request.outTradeNo)).toMatchObject({ chargeCount: 1 });
  });

  it('answers a slow pay after slowMs when the client waits long enough', async () => {
    const started = Date.now();
    expect(await gateway.pay(payRequest(wechat(5)))).toMatchObject({ kind: 'success' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('answers a repeated pay with the same transaction and never charges twice', async () => {
    const request = payRequest(wechat(7));
    const first = await gateway.pay(request);
    expect(await gateway.pay(request)).toEqual(first);
    expect(orderOf(request.outTradeNo)).toMatchObject({ chargeCount: 1, paidAmount: 1250 });
  });

  it('refuses an outTradeNo reused with another amount or payment code', async () => {
    const request = payRequest(wechat(7));
    await gateway.pay(request);
    expect(await gateway.pay({ ...request, amount: 999 })).toMatchObject({
      kind: 'failed',
      code: 'OUT_TRADE_NO_USED',
    });
    expect(await gateway.pay({ ...request, authCode: wechat(8) })).toMatchObject({
      kind: 'failed',
      code: 'OUT_TRADE_NO_USED',
    });
    expect(orderOf(request.outTradeNo)).toMatchObject({ chargeCount: 1, amount: 1250 });
  });

  it('refunds a paid order in full when it is reversed, and reverses idempotently', async () => {
    const request = payRequest(wechat(0));
    await gateway.pay(request);
    await gateway.refund({ outTradeNo: request.outTradeNo, refundNo: `R${seq}`, amount: 250 });
    expect(await gateway.reverse(request.outTradeNo)).toEqual({ kind: 'reversed' });
    expect(await gateway.reverse(request.outTradeNo)).toEqual({ kind: 'reversed' });
    expect(await gateway.query(request.outTradeNo)).toEqual({ kind: 'reversed' });
    expect(orderOf(request.outTradeNo)).toMatchObject({
      status: 'reversed',
      paidAmount: 1250,
      refundedAmount: 1250,
      chargeCount: 1,
    });
  });

  it('closes an unknown order on reverse, so a late pay with its number is refused', async () => {
    const request = payRequest(wechat(0));
    expect(await gateway.query(request.outTradeNo)).toEqual({ kind: 'not_found' });
    expect(await gateway.reverse(request.outTradeNo)).toEqual({ kind: 'reversed' });
    expect(await gateway.pay(request)).toMatchObject({ kind: 'failed', code: 'ORDER_CLOSED' });
    expect(orderOf(request.outTradeNo)).toMatchObject({ status: 'reversed', chargeCount: 0 });
  });

  it('refunds in parts, idempotently on refundNo, never beyond what was paid', async () => {
    const request = payRequest(wechat(0), 1000);
    await gateway.pay(request);
    const { outTradeNo } = request;
    const first = await gateway.refund({ outTradeNo, refundNo: `${outTradeNo}-R1`, amount: 600 });
    expect(first).toEqual({ kind: 'refunded', refundId: expect.stringMatching(/^\d{28}$/) });
    expect(await gateway.refund({ outTradeNo, refundNo: `${outTradeNo}-R1`, amount: 600 })).toEqual(first);
    expect(await gateway.refund({ outTradeNo, refundNo: `${outTradeNo}-R1`, amount: 100 })).toMatchObject({
      kind: 'failed',
      code: 'REFUND_NO_USED',
    });
    expect(await gateway.refund({ outTradeNo, refundNo: `${outTradeNo}-R2`, amount: 401 })).toMatchObject({
      kind: 'failed',
      code: 'REFUND_EXCEEDS_PAID',
    });
    expect(await gateway.refund({ outTradeNo, refundNo: `${outTradeNo}-R3`, amount: 400 })).toMatchObject({
      kind: 'refunded',
    });
    expect(orderOf(outTradeNo)).toMatchObject({ paidAmount: 1000, refundedAmount: 1000, chargeCount: 1 });
  });

  it('refuses to refund an order that was not paid', async () => {
    const declined = payRequest(wechat(2));
    await gateway.pay(declined);
    for (const outTradeNo of [declined.outTradeNo, 'never-seen']) {
      expect(await gateway.refund({ outTradeNo, refundNo: `${outTradeNo}-R`, amount: 1 })).toMatchObject({
        kind: 'failed',
        code: 'ORDER_NOT_PAID',
      });
    }
  });

  it('refuses a wrong key, an unknown merchant and a stale timestamp with SIGN_ERROR', async () => {
    const callers = [
      client({ key: 'wrong-key' }),
      client({ merchantId: 'M2' }),
      client({ clock: () => now - 10 * 60_000 }),
    ];
    for (const caller of callers) {
      const request = payRequest(wechat(0));
      expect(await caller.pay(request)).toMatchObject({ kind: 'failed', code: 'SIGN_ERROR' });
      expect(orderOf(request.outTradeNo)).toBeUndefined();
    }
  });
});

describe('a stopped sandbox', () => {
  it('gives unknown for every call, without throwing', async () => {
    const down = await startSandboxGateway({ merchantId: 'M1', key: 'k' });
    await down.stop();
    const caller = createHttpPaymentGateway({ url: down.url, merchantId: 'M1', key: 'k' });
    const request = payRequest(wechat(0));
    const answers = [
      await caller.pay(request),
      await caller.query(request.outTradeNo),
      await caller.reverse(request.outTradeNo),
      await caller.refund({ outTradeNo: request.outTradeNo, refundNo: 'R', amount: 1 }),
    ];
    for (const answer of answers)
      expect(answer).toEqual({ kind: 'unknown', reason: expect.stringMatching(/^network error/) });
  });

  it('stops at once even while an answer is held', async () => {
    const slow = await startSandboxGateway({ merchantId: 'M1', key: 'k' });
    const caller = createHttpPaymentGateway({ url: slow.url, merchantId: 'M1', key: 'k' });
    const pending = caller.pay(payRequest(wechat(5)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await slow.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toMatchObject({ kind: 'unknown' });
  });
});
