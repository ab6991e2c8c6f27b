import type { QrGatewayAnswer } from '@kassa/core';
import type { z } from 'zod';
import type { GatewayRefundAnswer, PaymentGateway } from '../payment-gateway';
import { GATEWAY_HEADERS, signGatewayRequest } from './gateway-signature';
import { DESCRIPTION_MAX, RefundAnswer, TradeAnswer } from './gateway-wire';

/** Where the gateway is and who Kassa is to it. */
export type HttpPaymentGatewayOptions = {
  readonly url: string;
  readonly merchantId: string;
  readonly key: string;
  /** How long a call may take, answer included, before its outcome counts as unknown. Default 5000. */
  readonly timeoutMs?: number;
  /** Stamps each request; the gateway refuses requests too far from its own clock. */
  readonly clock?: () => number;
};

/** A usable answer (`refused`: the request itself was turned down, with a 400 or 401), or why there is none. */
type Posted<T> =
  | { readonly ok: true; readonly answer: T; readonly refused: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * A {@link PaymentGateway} over Kassa's signed JSON protocol (the one the sandbox gateway speaks).
 * Only an answer the gateway clearly gave is taken as one: a network error, a timeout, a 5xx or
 * an answer it cannot read is `unknown`, because the payment may have gone through anyway and
 * only a later query can tell. Reasons never carry a request body, so never a payment code.
 */
export function createHttpPaymentGateway(options: HttpPaymentGatewayOptions): PaymentGateway {
  const base = options.url.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 5000;
  const clock = options.clock ?? Date.now;

  const post = async <T extends { readonly status: string }>(
    path: string,
    body: object,
    schema: z.ZodType<T>,
  ): Promise<Posted<T>> => {
    const text = JSON.stringify(body);
    const timestamp = String(clock());
    const signal = AbortSignal.timeout(timeoutMs);
    let status: number;
    let raw: string;
    try {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [GATEWAY_HEADERS.merchant]: options.merchantId,
          [GATEWAY_HEADERS.timestamp]: timestamp,
          [GATEWAY_HEADERS.signature]: signGatewayRequest(options.key, timestamp, text),
        },
        body: text,
        signal,
      });
      status = response.status;
      raw = await response.text();
    } catch (error) {
      const reason = signal.aborted
        ? `no answer within ${timeoutMs} ms`
        : `network error (${describe(error)})`;
      return { ok: false, reason };
    }
    if (status >= 500) return { ok: false, reason: `gateway answered HTTP ${status}` };
    const parsed = schema.safeParse(parseJson(raw));
    if (!parsed.success) return { ok: false, reason: `unreadable answer (HTTP ${status})` };
    // A refusal of the request itself (bad signature, bad body) is a definite answer: nothing was done.
    const refused = (status === 400 || status === 401) && parsed.data.status === 'failed';
    if ((status >= 200 && status < 300) || refused) return { ok: true, answer: parsed.data, refused };
    return { ok: false, reason: `gateway answered HTTP ${status}` };
  };

  /**
   * A refused pay (bad signature, bad body) charged nothing: it is a decline. A refused query or
   * reverse says nothing about the order (the key changed, the clock is off): that is unknown, and
   * asked again, never taken for a declined payment.
   */
  const trade = async (path: string, body: object, refusalDeclines: boolean): Promise<QrGatewayAnswer> => {
    const posted = await post(path, body, TradeAnswer);
    if (!posted.ok) return { kind: 'unknown', reason: posted.reason };
    const answer = toQrAnswer(posted.answer);
    if (answer.kind === 'failed' && posted.refused && !refusalDeclines)
      return { kind: 'unknown', reason: `the gateway refused the request (${answer.code})` };
    return answer;
  };

  return {
    pay: (request) =>
      trade(
        '/v1/pay',
        {
          outTradeNo: request.outTradeNo,
          authCode: request.authCode,
          amount: request.amount,
          currency: request.currency,
          description: shorten(request.description, DESCRIPTION_MAX),
        },
        true,
      ),
    query: (outTradeNo) => trade('/v1/query', { outTradeNo }, false),
    reverse: (outTradeNo) => trade('/v1/reverse', { outTradeNo }, false),
    refund: async (request) => {
      const posted = await post(
        '/v1/refund',
        { outTradeNo: request.outTradeNo, refundNo: request.refundNo, amount: request.amount },
        RefundAnswer,
      );
      return posted.ok ? toRefundAnswer(posted.answer) : { kind: 'unknown', reason: posted.reason };
    },
  };
}

function toQrAnswer(answer: TradeAnswer): QrGatewayAnswer {
  switch (answer.status) {
    case 'success':
      return { kind: 'success', transactionId: answer.transactionId };
    case 'failed':
      return { kind: 'failed', code: answer.code, message: answer.message };
    case 'user_paying':
    case 'not_found':
    case 'reversed':
      return { kind: answer.status };
  }
}

function toRefundAnswer(answer: RefundAnswer): GatewayRefundAnswer {
  return answer.status === 'refunded'
    ? { kind: 'refunded', refundId: answer.refundId }
    : { kind: 'failed', code: answer.code, message: answer.message };
}

/**
 * The description cut to what the gateway takes: it is only the label in the customer's wallet, and
 * a long store name must not make every payment fail. A surrogate pair is never split.
 */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The system error code under fetch's generic "fetch failed" (ECONNREFUSED, UND_ERR_SOCKET…). */
function describe(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string')
    return cause.code;
  return error instanceof Error ? error.message : 'unknown error';
}
