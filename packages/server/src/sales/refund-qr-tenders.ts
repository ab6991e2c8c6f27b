import type { Sale } from '@kassa/db';
import { createQrPaymentRepository } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import type { GatewayProvider } from '../payments/qr-gateway-setting';

/**
 * What a refund gave back through the gateway, by the sale's tender number: the amount, and what
 * that tender had given back before (the refund's place in the tender's history).
 */
export type QrRefunded = ReadonlyMap<number, { readonly amount: number; readonly before: number }>;

/**
 * Gives the QR part of a refund back through the gateway, before the refund is recorded: money
 * that went to a customer's wallet can only come back there. The gateway's refund number is the
 * tender and what it had given back before (its place in the tender's history), not the refund's
 * id: when the refund then fails to record (the shift closed, the disk), any retry, even under a new
 * id, asks for the same gateway refund again and is never paid out twice; and two refunds racing
 * for one place cannot both be recorded (see {@link sameQrParts}). An unknown answer is asked again
 * once; without a confirmation nothing is recorded (502 `qr_refund_failed`).
 * @param parts what each of the sale's tenders gives back, by tender order (see `planRefund`).
 * @param before what each tender (by number) gave back in earlier refunds.
 */
export async function refundQrTenders(
  ctx: KassaContext,
  gateways: GatewayProvider,
  sale: Sale,
  parts: readonly number[],
  before: ReadonlyMap<number, number>,
): Promise<QrRefunded> {
  const due = sale.tenders.flatMap((tender, index) =>
    tender.kind === 'qr' && (parts[index] ?? 0) > 0 ? [{ tender, amount: parts[index] ?? 0 }] : [],
  );
  const refunded = new Map<number, { amount: number; before: number }>();
  if (due.length === 0) return refunded;
  const gateway = await gateways.gateway();
  if (!gateway) throw new HttpError('qr_not_configured');
  const paymentIds = new Map(
    (await createQrPaymentRepository(ctx.db).listBySale(sale.id)).map((p) => [p.transactionId, p.id]),
  );
  for (const { tender, amount } of due) {
    const outTradeNo = paymentIds.get(tender.reference);
    if (!outTradeNo) throw new Error(`sale ${sale.id}: no QR payment for tender ${tender.tenderNo}`);
    const earlier = before.get(tender.tenderNo) ?? 0;
    const request = { outTradeNo, refundNo: `${sale.id}-${tender.tenderNo}-${earlier}`, amount };
    let answer = await gateway.refund(request);
    if (answer.kind === 'unknown') answer = await gateway.refund(request);
    if (answer.kind !== 'refunded') {
      throw new HttpError('qr_refund_failed', answer.kind === 'failed' ? { gateway: answer.code } : {});
    }
    refunded.set(tender.tenderNo, { amount, before: earlier });
  }
  return refunded;
}

/**
 * Whether a refund, as it is about to be recorded, gives back through QR exactly what the gateway
 * refunded, from the same place in each tender's history (no other refund was recorded meanwhile).
 */
export function sameQrParts(
  sale: Sale,
  parts: readonly number[],
  before: ReadonlyMap<number, number>,
  refunded: QrRefunded,
): boolean {
  return sale.tenders.every((tender, index) => {
    if (tender.kind !== 'qr') return true;
    const done = refunded.get(tender.tenderNo);
    if ((parts[index] ?? 0) === 0) return done === undefined;
    return (
      done !== undefined && done.amount === parts[index] && done.before === (before.get(tender.tenderNo) ?? 0)
    );
  });
}
