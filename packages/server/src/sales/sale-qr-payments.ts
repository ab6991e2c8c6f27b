import type { CreateSaleBody } from '@kassa/api';
import { createQrPaymentRepository, type Schema } from '@kassa/db';
import type { Kysely } from 'kysely';
import { HttpError } from '../http/http-error';
import type { PaidQr } from './price-sale';

/**
 * The QR payments a sale's tenders name, by id, each checked: it succeeded at the gateway, on the
 * sale's register, for exactly the tender's amount, and no other sale used it (a 409
 * `qr_payment_unusable` otherwise). The sale's transaction claims them (`attachToSale`), so two
 * sales racing for one payment cannot both have it.
 */
export async function loadSaleQrPayments(
  db: Kysely<Schema>,
  body: CreateSaleBody,
): Promise<Map<string, PaidQr>> {
  const paid = new Map<string, PaidQr>();
  const payments = createQrPaymentRepository(db);
  for (const tender of body.tenders) {
    if (tender.kind !== 'qr') continue;
    const payment = await payments.get(tender.paymentId);
    const usable =
      payment?.status === 'succeeded' &&
      payment.transactionId !== null &&
      payment.registerId === body.registerId &&
      payment.amount === tender.amount &&
      (payment.saleId === null || payment.saleId === body.id) &&
      !paid.has(payment.id);
    if (!usable) throw new HttpError('qr_payment_unusable', { paymentId: tender.paymentId });
    paid.set(payment.id, { transactionId: payment.transactionId as string, provider: payment.provider });
  }
  return paid;
}
