import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_HEADERS, signGatewayRequest } from './gateway-signature';
import { type SandboxGateway, startSandboxGateway } from './sandbox-gateway';

let sandbox: SandboxGateway;

beforeAll(async () => {
  sandbox = await startSandboxGateway({ merchantId: 'M1', key: 'k' });
});
afterAll(() => sandbox.stop());

/** A correctly signed POST of `body` exactly as given, so malformed bodies reach the sandbox's parser. */
async function post(
  path: string,
  body: string,
): Promise<{ status: number; length: string | null; json: unknown }> {
  const timestamp = String(Date.now());
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: {
      [GATEWAY_HEADERS.merchant]: 'M1',
      [GATEWAY_HEADERS.timestamp]: timestamp,
      [GATEWAY_HEADERS.signature]: signGatewayRequest('k', timestamp, body),
    },
    body,
  });
  return {
    status: response.status,
    length: response.headers.get('content-length'),
    json: await response.json(),
  };
}

describe('sandbox gateway wire protocol', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers JSON with its content-length', async () => {
    const answer = await post('/v1/query', '{"outTradeNo":"nobody"}');
    expect(answer).toEqual({ status: 200, length: '22', json: { status: 'not_found' } });
  });

  it('refuses a body that is not JSON or not the request’s shape with 400 INVALID_REQUEST', async () => {
    const bodies = [
      'not json',
      '[]',
      '{"outTradeNo":""}',
      '{"outTradeNo":"P1","extra":1}',
      '{"outTradeNo":"P1","authCode":"130000000000000000","amount":1.5,"currency":"CNY","description":""}',
    ];
    for (const body of bodies) {
      expect(await post(body.includes('authCode') ? '/v1/pay' : '/v1/query', body)).toMatchObject({
        status: 400,
        json: { status: 'failed', code: 'INVALID_REQUEST' },
      });
    }
  });

  it('never echoes a payment code in a refusal', async () => {
    const body = '{"outTradeNo":"P1","authCode":"13secret7","amount":1,"currency":"CNY","description":""}';
    const answer = await post('/v1/pay', body);
    expect(answer).toMatchObject({ status: 400, json: { code: 'INVALID_REQUEST' } });
    expect(JSON.stringify(answer.json)).not.toContain('13secret7');
  });

  it('answers 404 to unknown paths and to other methods', async () => {
    expect(await post('/v1/capture', '{}')).toMatchObject({ status: 404, json: { status: 'failed' } });
    const get = await fetch(`${sandbox.url}/v1/query`);
    expect(get.status).toBe(404);
    await get.body?.cancel();
  });

  it('refuses an unsigned request with 401 SIGN_ERROR', async () => {
    const response = await fetch(`${sandbox.url}/v1/query`, { method: 'POST', body: '{"outTradeNo":"P1"}' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ status: 'failed', code: 'SIGN_ERROR' });
  });
});
