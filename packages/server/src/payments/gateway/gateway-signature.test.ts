import { describe, expect, it } from 'vitest';
import { isGatewaySignatureValid, signGatewayRequest } from './gateway-signature';

// Golden vector, computed independently:
//   printf '%s' '1736906400000.{"outTradeNo":"P1"}' | openssl dgst -sha256 -hmac 'sandbox-key'
const BODY = '{"outTradeNo":"P1"}';
const SIGNATURE = 'ff806333c9e5993f9bec40da3ebc72544d726c38f0ddf4cf4e35bf75abedf0d2';

describe('gateway request signature', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<body>"', () => {
    expect(signGatewayRequest('sandbox-key', '1736906400000', BODY)).toBe(SIGNATURE);
  });

  it('accepts the right signature, in either hex case', () => {
    expect(isGatewaySignatureValid('sandbox-key', '1736906400000', BODY, SIGNATURE)).toBe(true);
    expect(isGatewaySignatureValid('sandbox-key', '1736906400000', BODY, SIGNATURE.toUpperCase())).toBe(true);
  });

  it('refuses another key, timestamp or body, and malformed signatures', () => {
    expect(isGatewaySignatureValid('other-key', '1736906400000', BODY, SIGNATURE)).toBe(false);
    expect(isGatewaySignatureValid('sandbox-key', '1736906400001', BODY, SIGNATURE)).toBe(false);
    expect(isGatewaySignatureValid('sandbox-key', '1736906400000', `${BODY} `, SIGNATURE)).toBe(false);
    expect(isGatewaySignatureValid('sandbox-key', '1736906400000', BODY, SIGNATURE.slice(2))).toBe(false);
    expect(isGatewaySignatureValid('sandbox-key', '1736906400000', BODY, '')).toBe(false);
  });
});
