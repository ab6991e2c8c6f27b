import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers that carry a gateway request's merchant, timestamp and signature. */
export const GATEWAY_HEADERS = {
  merchant: 'x-kassa-merchant',
  timestamp: 'x-kassa-timestamp',
  signature: 'x-kassa-signature',
} as const;

/**
 * The request signature: hex HMAC-SHA256 with the merchant key over `"<timestamp>.<raw body>"`.
 * The timestamp is inside the MAC so a captured request cannot be replayed later with a new one.
 */
export function signGatewayRequest(key: string, timestamp: string, body: string): string {
  return createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex');
}

/** Whether `signature` is the signature of this request, compared in constant time. */
export function isGatewaySignatureValid(
  key: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  if (!/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(signGatewayRequest(key, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}
