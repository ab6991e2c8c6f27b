import { z } from 'zod';
import { Amount, EpochMs, Uuid } from './common';

/**
 * Take a QR payment (扫码付): the customer's payment code as scanned, for `amount` of the ticket.
 * `id` is made by the register and is the gateway's order number: posting it again answers the
 * same payment and never charges twice.
 */
export const CreateQrPaymentBody = z.strictObject({
  id: Uuid,
  registerId: Uuid,
  shiftId: Uuid,
  amount: Amount.min(1),
  /** The payment code; its shape is checked by the server (422 `invalid_payment_code`). */
  code: z.string().max(64),
});

export const QrPaymentStatus = z.enum([
  'paying',
  'user_paying',
  'succeeded',
  'failed',
  'reversing',
  'reversed',
]);

export const QrPaymentView = z
  .object({
    id: Uuid,
    registerId: Uuid,
    provider: z.enum(['wechat', 'alipay']),
    /** The payment code's first 2 and last 4 digits. */
    codeMasked: z.string(),
    amount: z.int(),
    currency: z.string(),
    status: QrPaymentStatus,
    /** The gateway's transaction id once paid. */
    transactionId: z.string().nullable(),
    /** Why the gateway declined, e.g. NOT_ENOUGH. */
    failureCode: z.string().nullable(),
    failureMessage: z.string().nullable(),
    /** The sale that used this payment as a tender. */
    saleId: Uuid.nullable(),
    createdAt: EpochMs,
    /** When waiting for the customer's confirmation ends and the payment is cancelled. */
    deadline: EpochMs,
  })
  .meta({ id: 'QrPayment' });

export const QrPaymentParams = z.strictObject({ id: Uuid });

export type CreateQrPaymentBody = z.infer<typeof CreateQrPaymentBody>;
export type QrPaymentView = z.infer<typeof QrPaymentView>;
