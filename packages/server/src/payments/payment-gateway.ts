import type { QrGatewayAnswer } from '@kassa/core';

/** A QR payment as sent to the gateway: `outTradeNo` is Kassa's payment id, its idempotency key. */
export type GatewayPayRequest = {
  readonly outTradeNo: string;
  /** The customer's payment code (付款码) as scanned: used for this call only, never stored whole. */
  readonly authCode: string;
  /** Minor units of `currency`. */
  readonly amount: number;
  readonly currency: string;
  /** What the customer sees in their wallet, e.g. the store's name. */
  readonly description: string;
};

/** Money back on a paid order: `refundNo` is Kassa's idempotency key for this refund. */
export type GatewayRefundRequest = {
  readonly outTradeNo: string;
  readonly refundNo: string;
  readonly amount: number;
};

/** What a gateway answered to a refund; `unknown` when there was no usable answer. */
export type GatewayRefundAnswer =
  | { readonly kind: 'refunded'; readonly refundId: string }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string }
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * A payment gateway (WeChat Pay, Alipay, an acquirer's aggregator) as Kassa uses it. Every call is
 * idempotent on its keys, so an unknown outcome is resolved by asking again, never by paying again.
 * Implementations never throw for what the gateway or the network did: that is an answer
 * (`failed` or `unknown`).
 */
export interface PaymentGateway {
  pay(request: GatewayPayRequest): Promise<QrGatewayAnswer>;
  /** The order's state: success, user_paying, failed, reversed, or not_found. */
  query(outTradeNo: string): Promise<QrGatewayAnswer>;
  /** Cancels the order (撤销): closes it when unpaid, refunds it in full when paid. Answers `reversed`. */
  reverse(outTradeNo: string): Promise<QrGatewayAnswer>;
  refund(request: GatewayRefundRequest): Promise<GatewayRefundAnswer>;
}
