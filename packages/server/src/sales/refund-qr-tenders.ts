import type { Sale } from '@kassa/db';
import { createQrPaymentRepository } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import type { GatewayProvider } from '../payments/qr-gateway-setting';

/** What a refund gave back through the gateway, by the sale's tender number. */
export type QrRefunded = ReadonlyMap<number, number>;

/**
 * Gives the QR part of a refund back through the gateway, before the refund is recorded: money
 * that went to a customer's wallet can only come back there. Each tender's refund is keyed by the
 * refund id and tender number, so a retried refund (same id) is never paid out twice; an unknown
 * answer is asked again once. Nothing is recorded when the gateway does not confirm (502
 * `qr_refund_failed`).
 * @param parts what each of the sale's tenders gives back, by tender order (see `planRefund`).
 */
export async function refundQrTenders(
  ctx: KassaContext,
  gateways: GatewayProvider,
  sale: Sale,
  parts: readonly number[],
  refundId: string,
): Promise<QrRefunded> {
  const due = sale.tenders.flatMap((tender, index) =>
    tender.kind === 'qr' && (parts[index] ?? 0) > 0 ? [{ tender, amount: parts[index] ?? 0 }] : [],
  );
  const refunded = new Map<number, number>();
  if (due.length === 0) return refunded;
  const gateway = await gateways.gateway();
  if (!gateway) throw new HttpError('qr_not_configured');
  const paymentIds = new Map(
    (await createQrPaymentRepository(ctx.db).listBySale(sale.id)).map((p) => [p.transactionId, p.id]),
  );
  for (const { tender, amount } of due) {
    const outTradeNo = paymentIds.get(tender.reference);
    if (!outTradeNo) throw new Error(`sale ${sale.id}: no QR payment for tender ${tender.tenderNo}`);
    const request = { outTradeNo, refundNo: `${refundId}-${tender.tenderNo}`, amount };
    let answer = await gateway.refund(request);
    if (answer.kind === 'unknown') answer = await gateway.refund(request);
    if (answer.kind !== 'refunded') {
      throw new HttpError('qr_refund_failed', answer.kind === 'failed' ? { gateway: answer.code } : {});
    }
    refunded.set(tender.tenderNo, amount);
  }
  return refunded;
}

/** Whether a refund's tender parts give back through QR exactly what the gateway refunded. */
export function sameQrParts(sale: Sale, parts: readonly number[], refunded: QrRefunded): boolean {
  return sale.tenders.every(
    (tender, index) => tender.kind !== 'qr' || (parts[index] ?? 0) === (refunded.get(tender.tenderNo) ?? 0),
  );
}
