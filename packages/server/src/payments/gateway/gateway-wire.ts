import { z } from 'zod';

/**
 * The JSON bodies of the QR gateway protocol that the sandbox speaks and the HTTP client calls.
 * Requests are strict (the sandbox tells a client bug apart from a business answer); answers keep
 * only the fields Kassa reads, so a gateway that adds fields does not break the client.
 */

/** The longest description a gateway takes (WeChat Pay's `body` limit), in UTF-16 code units. */
export const DESCRIPTION_MAX = 128;

const tradeNo = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1–64 letters, digits, _ or -');

export const PayBody = z.strictObject({
  outTradeNo: tradeNo,
  authCode: z.string().regex(/^\d{6,32}$/, 'expected the payment code’s digits'),
  amount: z.int().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code'),
  description: z.string().max(DESCRIPTION_MAX),
});
export type PayBody = z.infer<typeof PayBody>;

/** The body of `/v1/query` and `/v1/reverse`. */
export const TradeBody = z.strictObject({ outTradeNo: tradeNo });
export type TradeBody = z.infer<typeof TradeBody>;

export const RefundBody = z.strictObject({
  outTradeNo: tradeNo,
  refundNo: tradeNo,
  amount: z.int().positive(),
});
export type RefundBody = z.infer<typeof RefundBody>;

const Failed = z.object({ status: z.literal('failed'), code: z.string().min(1), message: z.string() });

/** What `/v1/pay`, `/v1/query` and `/v1/reverse` answer. */
export const TradeAnswer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('success'), transactionId: z.string().min(1) }),
  z.object({ status: z.literal('user_paying') }),
  Failed,
  z.object({ status: z.literal('not_found') }),
  z.object({ status: z.literal('reversed') }),
]);
export type TradeAnswer = z.infer<typeof TradeAnswer>;

/** What `/v1/refund` answers. */
export const RefundAnswer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('refunded'), refundId: z.string().min(1) }),
  Failed,
]);
export type RefundAnswer = z.infer<typeof RefundAnswer>;

/** A refusal in the protocol's shape: every error the sandbox sends looks like this. */
export type FailedAnswer = z.infer<typeof Failed>;

/** A refusal with `code` and `message`. */
export function failedAnswer(code: string, message: string): FailedAnswer {
  return { status: 'failed', code, message };
}
