import type { TenderInput } from '@kassa/core';
import { type KeyValueStorage, readJson, writeJson } from '../../shared/storage';

/** Where the payment being taken survives a reload: tenders so far and a QR payment under way. */
export const PAYMENT_KEY = 'kassa.payment';

/** A QR payment the register started and has not seen settled yet (its amount is on the server). */
export type PendingQr = { readonly paymentId: string };

/** The payment of one sale as far as it went. */
export type SavedPayment = {
  readonly saleId: string;
  readonly tenders: readonly TenderInput[];
  readonly pendingQr: PendingQr | null;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isTender(value: unknown): value is TenderInput {
  if (!isRecord(value) || !Number.isSafeInteger(value.amount)) return false;
  if (value.kind === 'cash') return true;
  if (value.kind === 'card') return typeof value.reference === 'string';
  return value.kind === 'qr' && typeof value.paymentId === 'string' && typeof value.reference === 'string';
}

/**
 * The saved payment of sale `saleId`, or an empty one. Money taken on a phone (a QR payment) must not
 * be forgotten by a reload: the register carries on from here. Anything malformed reads as empty.
 */
export function loadPayment(storage: KeyValueStorage, saleId: string): SavedPayment {
  const empty: SavedPayment = { saleId, tenders: [], pendingQr: null };
  const saved = readJson(storage, PAYMENT_KEY);
  if (!isRecord(saved) || saved.saleId !== saleId || !Array.isArray(saved.tenders)) return empty;
  if (!saved.tenders.every(isTender)) return empty;
  const qr = saved.pendingQr;
  const pendingQr = isRecord(qr) && typeof qr.paymentId === 'string' ? { paymentId: qr.paymentId } : null;
  return { saleId, tenders: saved.tenders, pendingQr };
}

export function savePayment(storage: KeyValueStorage, payment: SavedPayment): void {
  if (payment.tenders.length === 0 && payment.pendingQr === null) storage.removeItem(PAYMENT_KEY);
  else writeJson(storage, PAYMENT_KEY, payment);
}

/** Whether sale `saleId` has a payment under way that a reload interrupted. */
export function hasSavedPayment(storage: KeyValueStorage, saleId: string): boolean {
  const saved = loadPayment(storage, saleId);
  return saved.pendingQr !== null || saved.tenders.length > 0;
}
