import type { CreateQrPaymentBody, QrPaymentView } from '@kassa/api';
import {
  canonicalJson,
  classifyPaymentCode,
  maskPaymentCode,
  type QrTiming,
  qrAfterAnswer,
  qrBeforeSending,
  qrRequestCancel,
  startQrPayment,
} from '@kassa/core';
import {
  createQrPaymentRepository,
  createShiftRepository,
  type QrPaymentRecord,
  UniqueViolationError,
} from '@kassa/db';
import { canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { nodeSha256Hex } from '../sales/node-sha256-hex';
import { operableRegister, type ShiftActor } from '../shifts/shift-actor';
import type { GatewayProvider } from './qr-gateway-setting';
import type { QrPaymentDriver } from './qr-payment-driver';

/** What the QR payment use cases run with: the shop's gateway, the driver and the timing. */
export type QrPaymentServices = {
  readonly gateways: GatewayProvider;
  readonly driver: QrPaymentDriver;
  readonly timing: QrTiming;
};

/**
 * Takes a QR payment (扫码付): checks the payment code's shape, stores the payment as sent, then
 * sends the one pay request; the driver carries on with polls and reverses. Posting the same id
 * again answers the payment as it stands and never pays again; the same id with another body is a
 * 409. A register waits for one payment at a time.
 */
export async function createQrPayment(
  ctx: KassaContext,
  services: QrPaymentServices,
  actor: ShiftActor,
  body: CreateQrPaymentBody,
): Promise<{ payment: QrPaymentView; duplicate: boolean }> {
  const payments = createQrPaymentRepository(ctx.db);
  const requestHash = nodeSha256Hex(canonicalJson(body));
  const earlier = await payments.get(body.id);
  if (earlier) return { payment: replayed(earlier, actor, requestHash), duplicate: true };

  const { register, store } = await operableRegister(ctx, actor, body.registerId);
  const classified = classifyPaymentCode(body.code);
  if (!classified.ok) throw new HttpError('invalid_payment_code');
  if (register.training) throw new HttpError('qr_in_training');
  const shiftDate = await createShiftRepository(ctx.db).openShiftDate(body.shiftId, register.id);
  if (shiftDate === undefined) throw new HttpError('shift_not_open');
  const gateway = await services.gateways.gateway();
  if (!gateway) throw new HttpError('qr_not_configured');
  const waiting = await payments.findUnsettledOnRegister(register.id);
  if (waiting) throw new HttpError('qr_payment_in_progress', { paymentId: waiting.id });

  const now = ctx.clock();
  const record: QrPaymentRecord = {
    ...qrBeforeSending(startQrPayment(now, services.timing), 'pay'),
    id: body.id,
    storeId: store.id,
    registerId: register.id,
    shiftId: body.shiftId,
    staffId: actor.staffId,
    provider: classified.value.provider,
    codeMasked: maskPaymentCode(classified.value.code),
    amount: body.amount,
    currency: store.currency,
    saleId: null,
    requestHash,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  try {
    await payments.insert(record);
  } catch (error) {
    if (!(error instanceof UniqueViolationError)) throw error;
    const raced = await payments.get(body.id);
    if (!raced) throw error;
    return { payment: replayed(raced, actor, requestHash), duplicate: true };
  }
  const answer = await gateway.pay({
    outTradeNo: record.id,
    authCode: classified.value.code,
    amount: record.amount,
    currency: record.currency,
    description: store.name,
  });
  await payments.saveState(
    record,
    qrAfterAnswer(record, 'pay', answer, ctx.clock(), services.timing),
    ctx.clock(),
  );
  await services.driver.advance(record.id);
  return { payment: toView(await current(ctx, record.id)), duplicate: false };
}

/** A QR payment as it stands, for the register polling it. */
export async function readQrPayment(
  ctx: KassaContext,
  actor: ShiftActor,
  id: string,
): Promise<QrPaymentView> {
  const payment = await createQrPaymentRepository(ctx.db).get(id);
  if (!payment || !canSeeStore(actor, payment.storeId)) throw new HttpError('qr_payment_not_found');
  return toView(payment);
}

/**
 * The cashier cancels (撤销) a payment no sale used: the gateway closes it, or gives the money back
 * when it was paid. Cancelling again answers the payment as it stands.
 */
export async function cancelQrPayment(
  ctx: KassaContext,
  services: QrPaymentServices,
  actor: ShiftActor,
  id: string,
): Promise<QrPaymentView> {
  const payments = createQrPaymentRepository(ctx.db);
  for (;;) {
    const seen = await payments.get(id);
    if (!seen || !canSeeStore(actor, seen.storeId)) throw new HttpError('qr_payment_not_found');
    if (actor.registerId !== null && actor.registerId !== seen.registerId)
      throw new HttpError('register_mismatch');
    if (seen.saleId !== null) throw new HttpError('qr_payment_used');
    const next = qrRequestCancel(seen, ctx.clock());
    if (next === seen || (await payments.saveState(seen, next, ctx.clock()))) break;
  }
  await services.driver.advance(id);
  return toView(await current(ctx, id));
}

async function current(ctx: KassaContext, id: string): Promise<QrPaymentRecord> {
  const payment = await createQrPaymentRepository(ctx.db).get(id);
  if (!payment) throw new HttpError('qr_payment_not_found');
  return payment;
}

function replayed(earlier: QrPaymentRecord, actor: ShiftActor, requestHash: string): QrPaymentView {
  if (earlier.requestHash !== requestHash || !canSeeStore(actor, earlier.storeId))
    throw new HttpError('idempotency_conflict');
  return toView(earlier);
}

export function toView(payment: QrPaymentRecord): QrPaymentView {
  return {
    id: payment.id,
    registerId: payment.registerId,
    provider: payment.provider,
    codeMasked: payment.codeMasked,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    transactionId: payment.transactionId,
    failureCode: payment.failureCode,
    failureMessage: payment.failureMessage,
    saleId: payment.saleId,
    createdAt: payment.createdAt,
    deadline: payment.deadline,
  };
}
