import type { Refund as ApiRefund, RefundableSale, RefundBody } from '@kassa/api';
import { canonicalJson } from '@kassa/core';
import {
  createAlertRepository,
  createEventRepository,
  createRefundRepository,
  createRegisterRepository,
  createRollupRepository,
  createSaleRepository,
  createShiftRepository,
  createStaffRepository,
  createStockRepository,
  groupCommit,
  type NewAlert,
  type Refund,
  type Sale,
  type Schema,
  UniqueViolationError,
} from '@kassa/db';
import type { Kysely } from 'kysely';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import { type KassaContext, newId } from '../kassa-context';
import type { GatewayProvider } from '../payments/qr-gateway-setting';
import { refundDeltas } from '../reports/rollup-deltas';
import { operableRegister, type ShiftActor } from '../shifts/shift-actor';
import { nodeSha256Hex } from './node-sha256-hex';
import { planRefund, refundableLines } from './refund-plan';
import { type QrRefunded, refundQrTenders, sameQrParts } from './refund-qr-tenders';
import { returnedStock } from './returned-stock';
import { loadSaleProducts } from './sale-products';
import { toApiSale } from './sale-view';

/** A sale the caller may refund (not a training sale), by receipt number, with its refund history. */
export async function findRefundableSale(
  ctx: KassaContext,
  auth: AuthSession,
  receiptNo: string,
): Promise<RefundableSale> {
  const sales = createSaleRepository(ctx.db);
  const id = await sales.idByReceiptNo(receiptNo.trim());
  const sale = id === undefined ? undefined : await sales.get(id);
  if (!sale || sale.training || !canSeeStore(auth, sale.storeId)) throw new HttpError('sale_not_found');
  const soFar = await createRefundRepository(ctx.db).refundedSoFar(sale.id);
  const staff = await createStaffRepository(ctx.db).get(sale.staffId);
  return {
    sale: toApiSale(sale, staff?.displayName ?? ''),
    lines: refundableLines(sale, soFar).map(({ line, quantity, paid, refundedQuantity, refundedAmount }) => ({
      lineId: line.id,
      quantity,
      paid,
      refundedQuantity,
      refundedAmount,
    })),
  };
}

/**
 * Refunds lines of a sale by receipt (退货) at a register of its store, in its open shift: each line
 * gives back its share of what was paid (core `refundAmount`: cumulative refunds never exceed it),
 * the total goes back onto the sale's tenders in proportion (cash out of this drawer, card by
 * reference, QR through the gateway first), the goods go back into stock (or are written off as damaged), and the refund is
 * journaled. Idempotent on its id; refunds of one sale are serialized by the sale's row lock.
 * `expectedTotal` is what a register worked out and paid offline: a different figure is recorded
 * as the server works it out and raises a `total_mismatch` alert (the drawer count will show it).
 */
export async function refundSale(
  ctx: KassaContext,
  gateways: GatewayProvider,
  actor: ShiftActor,
  body: RefundBody,
  options: { readonly expectedTotal?: number } = {},
): Promise<{ refund: ApiRefund; duplicate: boolean; alerts: readonly string[] }> {
  const { register, store } = await operableRegister(ctx, actor, body.registerId);
  const requestHash = nodeSha256Hex(canonicalJson(body));
  const earlier = await createRefundRepository(ctx.db).get(body.id);
  if (earlier) {
    if (earlier.requestHash !== requestHash) throw new HttpError('idempotency_conflict');
    return { refund: await toApiRefund(ctx.db, earlier), duplicate: true, alerts: [] };
  }
  // A register in training moves no real money or stock: it cannot refund.
  if (register.training) throw new HttpError('training_mismatch', { training: true });
  const sale = await createSaleRepository(ctx.db).get(body.saleId);
  if (!sale || sale.training || sale.storeId !== store.id) throw new HttpError('sale_not_found');
  const products = await loadSaleProducts(ctx.db, [...new Set(sale.lines.map((line) => line.productId))]);
  const qrParts = await giveQrShareBack(ctx, gateways, sale, body, register.id);
  try {
    const { refund, alerts } = await groupCommit(ctx.db, async (trx) => {
      await createRegisterRepository(trx).lock(register.id);
      await createSaleRepository(trx).lock(sale.id);
      const shiftDate = await createShiftRepository(trx).openShiftDate(body.shiftId, register.id);
      if (shiftDate === undefined) throw new HttpError('shift_not_open');
      const refunds = createRefundRepository(trx);
      // A copy of this refund that committed meanwhile: answer it (the catch below), never refund twice.
      if (await refunds.get(body.id)) throw new UniqueViolationError('id');
      const soFar = await refunds.refundedSoFar(sale.id);
      const plan = planRefund(sale, soFar, body.lines);
      const { lines, total, parts } = plan;
      // The gateway gave back exactly these amounts: a refund that slipped in meanwhile changed them.
      if (!sameQrParts(sale, parts, soFar.tenders, qrParts))
        throw new HttpError('refund_exceeds_sale', { concurrent: true });
      const refund: Refund = {
        id: body.id,
        saleId: sale.id,
        storeId: store.id,
        registerId: register.id,
        shiftId: body.shiftId,
        staffId: actor.staffId,
        at: body.at,
        total,
        reason: body.reason ?? '',
        requestHash,
        lines: [...lines],
        tenders: sale.tenders.map((tender, index) => ({
          tenderNo: tender.tenderNo,
          kind: tender.kind,
          amount: parts[index] ?? 0,
        })),
      };
      await refunds.insert(refund);
      const recordedAt = ctx.clock();
      const stocked = returnedStock(
        ctx,
        lines.flatMap((line) => {
          const sold = plan.sold.get(line.saleLineId);
          return sold ? [{ ...line, productId: sold.productId, unitCost: sold.unitCost }] : [];
        }),
        {
          storeId: store.id,
          salesFloorId: store.salesFloorId,
          refId: refund.id,
          staffId: actor.staffId,
          at: recordedAt,
        },
      );
      await appendJournalFact(trx, {
        storeId: store.id,
        kind: 'refund',
        refId: refund.id,
        at: refund.at,
        payload: {
          id: refund.id,
          saleId: sale.id,
          receiptNo: sale.receiptNo,
          registerId: register.id,
          shiftId: body.shiftId,
          staffId: actor.staffId,
          total,
          reason: refund.reason,
          lines: lines.map((line) => ({ ...line })),
          tenders: refund.tenders.map((tender) => ({ ...tender })),
        },
      });
      await createRollupRepository(trx).add(
        refundDeltas(sale, soFar, refund, {
          storeId: store.id,
          businessDate: shiftDate,
          staffId: actor.staffId,
          registerId: register.id,
          at: refund.at,
          timeZone: store.timeZone,
          cutoverMinutes: store.businessDayCutoverMinutes,
        }),
      );
      // Journal before stock, the lock order of sales: store row, then stock rows.
      await createStockRepository(trx).applyMovements(
        stocked.filter((movement) => products.get(movement.productId)?.trackStock),
      );
      await createEventRepository(trx).append({
        storeId: store.id,
        type: 'refund.completed',
        refId: refund.id,
        payload: { id: refund.id, saleId: sale.id, registerId: register.id, total },
        createdAt: recordedAt,
      });
      const mismatch = options.expectedTotal !== undefined && options.expectedTotal !== total;
      const alerts: NewAlert[] = mismatch
        ? [
            {
              id: newId(ctx),
              storeId: store.id,
              kind: 'total_mismatch',
              refId: refund.id,
              details: { expected: options.expectedTotal, recorded: total },
              createdAt: recordedAt,
            },
          ]
        : [];
      await createAlertRepository(trx).raise(alerts);
      return { refund, alerts: alerts.map((alert) => alert.kind) };
    });
    return { refund: await toApiRefund(ctx.db, refund, sale), duplicate: false, alerts };
  } catch (error) {
    if (!(error instanceof UniqueViolationError)) throw error;
    const first = await createRefundRepository(ctx.db).get(body.id);
    if (first?.requestHash !== requestHash) throw new HttpError('idempotency_conflict');
    return { refund: await toApiRefund(ctx.db, first), duplicate: true, alerts: [] };
  }
}

/**
 * For a sale paid (partly) by QR: everything is checked first, then the wallet's share goes back
 * through the gateway, before the refund is recorded. Other sales skip this: their refund is
 * planned and checked once, in the transaction.
 */
async function giveQrShareBack(
  ctx: KassaContext,
  gateways: GatewayProvider,
  sale: Sale,
  body: RefundBody,
  registerId: string,
): Promise<QrRefunded> {
  if (!sale.tenders.some((tender) => tender.kind === 'qr')) return new Map();
  if ((await createShiftRepository(ctx.db).openShiftDate(body.shiftId, registerId)) === undefined)
    throw new HttpError('shift_not_open');
  const soFar = await createRefundRepository(ctx.db).refundedSoFar(sale.id);
  const preview = planRefund(sale, soFar, body.lines);
  return refundQrTenders(ctx, gateways, sale, preview.parts, soFar.tenders);
}

async function toApiRefund(db: Kysely<Schema>, refund: Refund, known?: Sale): Promise<ApiRefund> {
  const sale = known ?? (await createSaleRepository(db).get(refund.saleId));
  if (!sale) throw new Error(`sale ${refund.saleId} of refund ${refund.id} is missing`);
  return {
    id: refund.id,
    saleId: sale.id,
    receiptNo: sale.receiptNo,
    registerId: refund.registerId,
    shiftId: refund.shiftId,
    staffId: refund.staffId,
    at: refund.at,
    total: refund.total,
    lines: refund.lines.map((line) => ({
      lineId: line.saleLineId,
      name: sale.lines.find((l) => l.id === line.saleLineId)?.name ?? '',
      quantity: line.quantity,
      amount: line.amount,
      damaged: line.damaged,
    })),
    tenders: refund.tenders
      .filter((tender) => tender.amount > 0)
      .map((tender) => {
        const paid = sale.tenders.find((t) => t.tenderNo === tender.tenderNo);
        return {
          kind: tender.kind,
          amount: tender.amount,
          reference: paid?.reference ?? null,
          brand: paid?.brand ?? null,
          last4: paid?.last4 ?? null,
        };
      }),
  };
}
