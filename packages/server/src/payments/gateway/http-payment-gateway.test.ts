import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_HEADERS, isGatewaySignatureValid } from './gateway-signature';
import { createHttpPaymentGateway } from './http-payment-gateway';

/**
 * The client against a real HTTP server that answers whatever a test sets, to see how it reads
 * answers the sandbox never gives: 5xx, non-JSON, unexpected shapes.
 */
type Reply = { readonly status: number; readonly body: string };

let server: Server;
let url: string;
let reply: Reply = { status: 200, body: '{}' };
let received: { path: string; body: string; signed: boolean } | null = null;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const timestamp = String(req.headers[GATEWAY_HEADERS.timestamp]);
      const signature = String(req.headers[GATEWAY_HEADERS.signature]);
      received = {
        path: req.url ?? '',
        body,
        signed:
          req.headers[GATEWAY_HEADERS.merchant] === 'M1' &&
          isGatewaySignatureValid('k', timestamp, body, signature),
      };
      res.writeHead(reply.status, { 'content-length': Buffer.byteLength(reply.body) });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const gateway = () =>
  createHttpPaymentGateway({ url, merchantId: 'M1', key: 'k', clock: () => 1_736_906_400_000 });

describe('HTTP payment gateway client', () => {
  it('sends a signed body with exactly the protocol’s fields, under the base url', async () => {
    reply = { status: 200, body: '{"status":"success","transactionId":"T1","extra":true}' };
    const answer = await gateway().pay({
      outTradeNo: 'P1',
      authCode: '130000000000000000',
      amount: 100,
      currency: 'CNY',
      description: 'Shop',
    });
    expect(answer).toEqual({ kind: 'success', transactionId: 'T1' });
    expect(received).toEqual({
      path: '/v1/pay',
      body: '{"outTradeNo":"P1","authCode":"130000000000000000","amount":100,"currency":"CNY","description":"Shop"}',
      signed: true,
    });
  });

  it('cuts a long description to 128 code units without splitting a character', async () => {
    reply = { status: 200, body: '{"status":"user_paying"}' };
    const description = `${'店'.repeat(127)}😀 and more`;
    await gateway().pay({
      outTradeNo: 'P2',
      authCode: '130000000000000000',
      amount: 1,
      currency: 'CNY',
      description,
    });
    expect(JSON.parse(received?.body ?? '{}')).toMatchObject({ description: '店'.repeat(127) });
  });

  it('takes a refused pay as a decline, but a refused query or reverse as unknown (it says nothing of the order)', async () => {
    const pay = {
      outTradeNo: 'P1',
      authCode: '134567890123456789',
      amount: 5,
      currency: 'CNY',
      description: 'x',
    };
    for (const status of [400, 401]) {
      reply = { status, body: '{"status":"failed","code":"SIGN_ERROR","message":"bad"}' };
      expect(await gateway().pay(pay)).toEqual({ kind: 'failed', code: 'SIGN_ERROR', message: 'bad' });
      expect(await gateway().query('P1')).toEqual({
        kind: 'unknown',
        reason: expect.stringContaining('SIGN_ERROR'),
      });
      expect(await gateway().reverse('P1')).toEqual({
        kind: 'unknown',
        reason: expect.stringContaining('SIGN_ERROR'),
      });
    }
  });

  it('takes a 5xx, a non-JSON or unexpected body, or another status as unknown', async () => {
    const replies: Reply[] = [
      { status: 503, body: '{"status":"failed","code":"BUSY","message":"busy"}' },
      { status: 200, body: '<html>gateway</html>' },
      { status: 200, body: '{"status":"paid"}' },
      { status: 200, body: '{"status":"success"}' },
      { status: 404, body: '{"status":"failed","code":"NOT_FOUND","message":"no"}' },
      { status: 403, body: '{"status":"reversed"}' },
    ];
    for (const next of replies) {
      reply = next;
      expect(await gateway().reverse('P1')).toEqual({ kind: 'unknown', reason: expect.any(String) });
    }
  });

  it('maps refund answers, and takes a trade answer to a refund as unknown', async () => {
    reply = { status: 200, body: '{"status":"refunded","refundId":"R9"}' };
    const request = { outTradeNo: 'P1', refundNo: 'R1', amount: 5 };
    expect(await gateway().refund(request)).toEqual({ kind: 'refunded', refundId: 'R9' });
    expect(received?.body).toBe('{"outTradeNo":"P1","refundNo":"R1","amount":5}');
    reply = { status: 200, body: '{"status":"success","transactionId":"T1"}' };
    expect(await gateway().refund(request)).toMatchObject({ kind: 'unknown' });
  });
});
