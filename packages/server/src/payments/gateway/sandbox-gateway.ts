import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { GATEWAY_HEADERS, isGatewaySignatureValid } from './gateway-signature';
import { type FailedAnswer, failedAnswer, PayBody, RefundBody, TradeBody } from './gateway-wire';
import { readRequestBody, sendJson } from './json-over-http';
import { createSandboxOrderBook, type PayDelivery, type SandboxOrder } from './sandbox-order-book';
import { createSandboxTradeIds } from './sandbox-trade-ids';

/** How to start a sandbox gateway; see {@link startSandboxGateway}. */
export type SandboxGatewayOptions = {
  readonly merchantId: string;
  readonly key: string;
  /** Default 127.0.0.1: the sandbox is never meant to be reachable from other machines. */
  readonly host?: string;
  /** Default 0: a free port, read back from `url`. */
  readonly port?: number;
  /** How long a customer takes to confirm a payment code ending in 1. Default 3000. */
  readonly confirmAfterMs?: number;
  /** How long the answer to a payment code ending in 5 is held. Default 8000. */
  readonly slowMs?: number;
  readonly clock?: () => number;
};

/** A running sandbox gateway. `orders()` and `stop()` are for tests and the sandbox mode's shutdown. */
export type SandboxGateway = {
  readonly url: string;
  readonly merchantId: string;
  readonly key: string;
  orders(): readonly SandboxOrder[];
  stop(): Promise<void>;
};

/** A signed request older or newer than this is refused, as the real gateways refuse replays. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;
const MAX_BODY_BYTES = 64 * 1024;

type Handled = { readonly status: number; readonly answer: object; readonly delivery: PayDelivery };

/**
 * Starts a local gateway that speaks Kassa's QR payment protocol and behaves like WeChat Pay or
 * Alipay micropay, including their awkward cases (a customer who must confirm, a lost answer, a
 * slow answer), chosen by the payment code's last digit (see `sandbox-scenario.ts`).
 */
export async function startSandboxGateway(options: SandboxGatewayOptions): Promise<SandboxGateway> {
  const clock = options.clock ?? Date.now;
  const slowMs = options.slowMs ?? 8000;
  const book = createSandboxOrderBook({
    clock,
    confirmAfterMs: options.confirmAfterMs ?? 3000,
    ids: createSandboxTradeIds(clock),
  });
  const routes = new Map<string, (json: unknown) => Handled>([
    ['/v1/pay', (json) => parsed(PayBody, json, (body) => book.pay(body))],
    ['/v1/query', (json) => parsed(TradeBody, json, (body) => now(book.query(body.outTradeNo)))],
    ['/v1/reverse', (json) => parsed(TradeBody, json, (body) => now(book.reverse(body.outTradeNo)))],
    ['/v1/refund', (json) => parsed(RefundBody, json, (body) => now(book.refund(body)))],
  ]);
  const held = new Set<NodeJS.Timeout>();

  const authenticate = (headers: IncomingHttpHeaders, body: string): boolean => {
    const timestamp = headers[GATEWAY_HEADERS.timestamp];
    const signature = headers[GATEWAY_HEADERS.signature];
    if (headers[GATEWAY_HEADERS.merchant] !== options.merchantId) return false;
    if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d{1,16}$/.test(timestamp))
      return false;
    if (Math.abs(clock() - Number(timestamp)) > MAX_CLOCK_SKEW_MS) return false;
    return isGatewaySignatureValid(options.key, timestamp, body, signature);
  };

  const handle = async (req: IncomingMessage): Promise<Handled> => {
    const route = req.method === 'POST' ? routes.get(pathOf(req)) : undefined;
    if (!route) return refusal(404, 'NOT_FOUND', 'no such endpoint');
    const body = await readRequestBody(req, MAX_BODY_BYTES);
    if (body === null) return refusal(400, 'INVALID_REQUEST', 'body too large');
    if (!authenticate(req.headers, body))
      return refusal(401, 'SIGN_ERROR', 'unknown merchant, stale timestamp or bad signature');
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return refusal(400, 'INVALID_REQUEST', 'body is not JSON');
    }
    return route(json);
  };

  const server = createServer((req, res) => {
    handle(req).then(
      (handled) => {
        if (handled.delivery === 'drop') {
          // QUIRK(sandbox): the order is paid, but the caller never learns it, as when a mobile
          // network drops the answer. Only a query tells what happened.
          req.socket.destroy();
        } else if (handled.delivery === 'hold') {
          const timer = setTimeout(() => {
            held.delete(timer);
            sendJson(res, handled.status, handled.answer);
          }, slowMs);
          held.add(timer);
          res.on('close', () => {
            clearTimeout(timer);
            held.delete(timer);
          });
        } else {
          sendJson(res, handled.status, handled.answer);
        }
      },
      () => sendJson(res, 500, failedAnswer('SYSTEM_ERROR', 'the sandbox failed to answer')),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sandbox gateway is not on TCP');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let stopped: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}`,
    merchantId: options.merchantId,
    key: options.key,
    orders: () => book.orders(),
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        for (const timer of held) clearTimeout(timer);
        held.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}

function parsed<T>(
  schema: z.ZodType<T>,
  json: unknown,
  then: (body: T) => { readonly answer: object; readonly delivery: PayDelivery },
): Handled {
  const result = schema.safeParse(json);
  if (!result.success) {
    // The message names the field, never its value: a payment code must not be echoed back.
    const issue = result.error.issues[0];
    const where = issue?.path.map(String).join('.') || 'body';
    return refusal(400, 'INVALID_REQUEST', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return { status: 200, ...then(result.data) };
}

function now(answer: object): { readonly answer: object; readonly delivery: PayDelivery } {
  return { answer, delivery: 'now' };
}

function refusal(status: number, code: string, message: string): Handled {
  const answer: FailedAnswer = failedAnswer(code, message);
  return { status, answer, delivery: 'now' };
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://sandbox').pathname;
}
