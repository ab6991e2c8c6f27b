import { createHash } from 'node:crypto';
import { classifyPaymentCode, type QrProvider } from '@kassa/core';
import {
  type FailedAnswer,
  failedAnswer,
  type PayBody,
  type RefundAnswer,
  type RefundBody,
  type TradeAnswer,
} from './gateway-wire';
import { sandboxScenarioOf } from './sandbox-scenario';
import type { SandboxTradeIds } from './sandbox-trade-ids';

/** Where a sandbox order stands ("order" is the gateway's word for one outTradeNo). */
export type SandboxOrderStatus = 'user_paying' | 'success' | 'failed' | 'reversed';

/** A sandbox order as tests observe it. `chargeCount` is how often the customer was charged: never above 1. */
export type SandboxOrder = {
  readonly outTradeNo: string;
  readonly status: SandboxOrderStatus;
  /** 0 for an order closed by a reverse before any pay arrived. */
  readonly amount: number;
  readonly paidAmount: number;
  readonly refundedAmount: number;
  readonly chargeCount: number;
  readonly transactionId: string | null;
};

/** How the HTTP layer delivers a pay answer: at once, dropped with the connection, or late. */
export type PayDelivery = 'now' | 'drop' | 'hold';

/** The sandbox's in-memory orders and the wallet rules that change them. */
export type SandboxOrderBook = {
  pay(body: PayBody): { readonly answer: TradeAnswer; readonly delivery: PayDelivery };
  query(outTradeNo: string): TradeAnswer;
  reverse(outTradeNo: string): TradeAnswer;
  refund(body: RefundBody): RefundAnswer;
  orders(): readonly SandboxOrder[];
};

type OrderRecord = {
  readonly outTradeNo: string;
  /** Null for an order closed before any pay: a late pay with its number is refused. */
  readonly payKey: string | null;
  readonly amount: number;
  readonly provider: QrProvider;
  status: SandboxOrderStatus;
  /** When a user-paying order becomes paid; null when the customer never confirms. */
  confirmAt: number | null;
  failure: FailedAnswer | null;
  transactionId: string | null;
  paidAmount: number;
  refundedAmount: number;
  chargeCount: number;
};

type RefundRecord = { readonly outTradeNo: string; readonly amount: number; readonly refundId: string };

const NOT_ENOUGH = failedAnswer('NOT_ENOUGH', '余额不足 / insufficient balance');

/**
 * The order book behind the sandbox gateway. Confirmation by the customer is applied lazily, when
 * an order is next looked at, so the book needs no timers and an injected clock drives it fully.
 */
export function createSandboxOrderBook(options: {
  readonly clock: () => number;
  readonly confirmAfterMs: number;
  readonly ids: SandboxTradeIds;
}): SandboxOrderBook {
  const { clock, confirmAfterMs, ids } = options;
  const orders = new Map<string, OrderRecord>();
  const refunds = new Map<string, RefundRecord>();

  const charge = (order: OrderRecord): void => {
    order.status = 'success';
    order.paidAmount = order.amount;
    order.chargeCount += 1;
    order.transactionId = ids.transactionId(order.provider);
  };
  const look = (outTradeNo: string): OrderRecord | undefined => {
    const order = orders.get(outTradeNo);
    if (order?.status === 'user_paying' && order.confirmAt !== null && clock() >= order.confirmAt)
      charge(order);
    return order;
  };

  return {
    pay(body) {
      const known = look(body.outTradeNo);
      if (known) return { answer: repeatPay(known, body), delivery: 'now' };
      const scenario = sandboxScenarioOf(body.authCode);
      const order: OrderRecord = {
        outTradeNo: body.outTradeNo,
        payKey: payKeyOf(body),
        amount: body.amount,
        provider: providerOf(body.authCode),
        status: 'user_paying',
        confirmAt: scenario === 'user_paying' ? clock() + confirmAfterMs : null,
        failure: null,
        transactionId: null,
        paidAmount: 0,
        refundedAmount: 0,
        chargeCount: 0,
      };
      orders.set(order.outTradeNo, order);
      if (scenario === 'declined') {
        order.status = 'failed';
        order.failure = NOT_ENOUGH;
      } else if (scenario !== 'user_paying' && scenario !== 'never_confirms') {
        charge(order);
      }
      const delivery = scenario === 'lost_answer' ? 'drop' : scenario === 'slow' ? 'hold' : 'now';
      return { answer: stateOf(order), delivery };
    },

    query(outTradeNo) {
      const order = look(outTradeNo);
      return order ? stateOf(order) : { status: 'not_found' };
    },

    reverse(outTradeNo) {
      const order = look(outTradeNo);
      if (!order) {
        orders.set(outTradeNo, closedOrder(outTradeNo));
      } else if (order.status !== 'reversed') {
        // A paid order is refunded in full: whatever partial refunds left of it goes back.
        order.refundedAmount = order.paidAmount;
        order.status = 'reversed';
      }
      return { status: 'reversed' };
    },

    refund(body) {
      const earlier = refunds.get(body.refundNo);
      if (earlier) {
        return earlier.outTradeNo === body.outTradeNo && earlier.amount === body.amount
          ? { status: 'refunded', refundId: earlier.refundId }
          : failedAnswer('REFUND_NO_USED', 'this refundNo was used for another refund');
      }
      const order = look(body.outTradeNo);
      if (order?.status !== 'success')
        return failedAnswer(
          'ORDER_NOT_PAID',
          order?.status === 'reversed' ? 'the order was reversed' : 'the order is not paid',
        );
      if (order.refundedAmount + body.amount > order.paidAmount)
        return failedAnswer('REFUND_EXCEEDS_PAID', 'refunds would exceed the amount paid');
      const refundId = ids.refundId(order.provider);
      order.refundedAmount += body.amount;
      refunds.set(body.refundNo, { outTradeNo: body.outTradeNo, amount: body.amount, refundId });
      return { status: 'refunded', refundId };
    },

    orders() {
      return [...orders.keys()].flatMap((outTradeNo) => {
        const order = look(outTradeNo);
        return order ? [snapshot(order)] : [];
      });
    },
  };
}

/** A pay with a known outTradeNo: the same request again answers the order's state, never charges again. */
function repeatPay(order: OrderRecord, body: PayBody): TradeAnswer {
  if (order.payKey === null) return failedAnswer('ORDER_CLOSED', 'the order was closed before it was paid');
  if (order.payKey !== payKeyOf(body))
    return failedAnswer('OUT_TRADE_NO_USED', 'this outTradeNo was used with another payment code or amount');
  return stateOf(order);
}

function stateOf(order: OrderRecord): TradeAnswer {
  switch (order.status) {
    case 'success':
      if (order.transactionId === null) throw new Error('a paid sandbox order has no transactionId');
      return { status: 'success', transactionId: order.transactionId };
    case 'failed':
      if (order.failure === null) throw new Error('a failed sandbox order has no failure');
      return order.failure;
    case 'user_paying':
    case 'reversed':
      return { status: order.status };
  }
}

/**
 * What makes two pays "the same request". The payment code is kept only as a hash, as a real
 * gateway would: it is a bearer token for the customer's wallet.
 */
function payKeyOf(body: PayBody): string {
  const code = createHash('sha256').update(body.authCode).digest('hex');
  return `${code}:${body.amount}:${body.currency}`;
}

/** Codes that are neither wallet's shape are treated as WeChat Pay's, to keep the sandbox lenient. */
function providerOf(authCode: string): QrProvider {
  const classified = classifyPaymentCode(authCode);
  return classified.ok ? classified.value.provider : 'wechat';
}

function closedOrder(outTradeNo: string): OrderRecord {
  return {
    outTradeNo,
    payKey: null,
    amount: 0,
    provider: 'wechat',
    status: 'reversed',
    confirmAt: null,
    failure: null,
    transactionId: null,
    paidAmount: 0,
    refundedAmount: 0,
    chargeCount: 0,
  };
}

function snapshot(order: OrderRecord): SandboxOrder {
  return {
    outTradeNo: order.outTradeNo,
    status: order.status,
    amount: order.amount,
    paidAmount: order.paidAmount,
    refundedAmount: order.refundedAmount,
    chargeCount: order.chargeCount,
    transactionId: order.transactionId,
  };
}
