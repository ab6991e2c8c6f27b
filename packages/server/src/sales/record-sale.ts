import type { CreateSaleBody } from '@kassa/api';
import {
  createAlertRepository,
  createEventRepository,
  createQrPaymentRepository,
  createRollupRepository,
  createSaleRepository,
  createShiftRepository,
  createStockRepository,
  createVoidRepository,
  groupCommit,
  type NewSale,
  type Register,
  type Store,
  UniqueViolationError,
  violatedUniqueConstraint,
} from '@kassa/db';
import { alertsTurnedOn } from '../alerts/alerts-turned-on';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import { type KassaContext, newId } from '../kassa-context';
import { saleDeltas, voidDeltas } from '../reports/rollup-deltas';
import { type NeededApproval, useApprovals } from './discount-check';
import { numberReceipt } from './number-receipt';
import type { PricedSale } from './price-sale';
import type { RuleBreaches } from './rule-breaches';
import { saleAlerts, stockCrossings } from './sale-alerts';
import { SaleAlreadyRecorded } from './sale-already-recorded';
import type { SaleProduct } from './sale-products';
import { lineVoids } from './voided-lines';

/** What the journal entry of a sale covers: the sale as recorded, canonical-JSON-able. */
function saleFact(sale: NewSale) {
  return {
    id: sale.id,
    receiptNo: sale.receiptNo,
    registerId: sale.registerId,
    staffId: sale.staffId,
    createdAt: sale.createdAt,
    businessDate: sale.businessDate,
    currency: sale.currency,
    subtotal: sale.subtotal,
    discountTotal: sale.discountTotal,
    taxTotal: sale.taxTotal,
    netTotal: sale.netTotal,
    total: sale.total,
    cashRounding: sale.cashRounding,
    dueAfterRounding: sale.dueAfterRounding,
    paid: sale.paidTotal,
    change: sale.changeTotal,
    lines: sale.lines.map((l) => ({
      id: l.id,
      productId: l.productId,
      sku: l.sku,
      name: l.name,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      // Only an overridden price carries its catalogue price (older entries keep their shape).
      ...(l.listPrice === null ? {} : { listPrice: l.listPrice }),
      gross: l.gross,
      discount: l.lineDiscount + l.ticketDiscount,
      amount: l.amount,
      net: l.net,
      tax: l.tax,
      taxRatePpm: l.taxRatePpm,
    })),
    tenders: sale.tenders.map((t) => ({
      kind: t.kind,
      amount: t.amount,
      tendered: t.tendered,
      reference: t.reference,
      last4: t.last4,
    })),
  };
}

/** A sale as recorded, and the kinds of the alerts it raised (see saleAlerts). */
export type RecordedSale = { readonly sale: NewSale; readonly alerts: readonly string[] };

/** Everything recording a priced sale needs. */
export type SaleToRecord = {
  readonly body: CreateSaleBody;
  readonly requestHash: string;
  readonly store: Store;
  readonly register: Register;
  readonly staffId: string;
  readonly products: ReadonlyMap<string, SaleProduct>;
  readonly priced: PricedSale;
  readonly businessDate: string;
  /** Managers' approvals of discounts beyond the seller's limit, used by this sale. */
  readonly approvals: readonly NeededApproval[];
  /** Refuses the sale on a broken business rule, or notes it as an alert (a fact from an outbox). */
  readonly breaches: RuleBreaches;
};

/**
 * Records a priced sale atomically (its own transaction, or its own savepoint in a group commit on
 * SQLite, see `groupCommit`): the register's next receipt number, the sale with its
 * lines and tenders, the journal entry, one stock movement per stock-tracked line and the
 * `sale.completed` event, and the alerts it raises (each with its `alert.raised` event) — all or nothing. Lock order is register → store (journal) → stock →
 * event counter in every sale, so concurrent sales cannot deadlock.
 * @throws SaleAlreadyRecorded when the sale id is taken by the time the row is inserted.
 */
export async function recordSale(ctx: KassaContext, input: SaleToRecord): Promise<RecordedSale> {
  const { body, store, register, priced } = input;
  const { settlement } = priced;
  const recordedAt = ctx.clock();
  try {
    return await groupCommit(ctx.db, async (trx) => {
      const { breaches } = input;
      // Numbering the receipt locks the register row: a shift close waits for this sale.
      const training = body.training === true;
      const receipt = await numberReceipt(trx, store, register, body);
      // The register must be in the mode the sale was rung up in, now that nothing can switch it.
      if (receipt.registerTraining !== training) {
        breaches.report('training_mismatch', { training: receipt.registerTraining });
      }
      const shift = await createShiftRepository(trx).shiftDate(body.shiftId, register.id);
      if (!shift) throw new HttpError('shift_not_open');
      if (!shift.open) breaches.report('shift_not_open', { shiftId: body.shiftId });
      // Judged at the moment of the sale (it may arrive late from an outbox), never after its arrival.
      const soldAt = Math.min(body.createdAt, recordedAt);
      await useApprovals(
        trx,
        input.approvals,
        { id: body.id, registerId: register.id, at: soldAt },
        breaches,
      );
      const sale: NewSale = {
        id: body.id,
        storeId: store.id,
        registerId: register.id,
        staffId: input.staffId,
        receiptNo: receipt.receiptNo,
        receiptSeq: receipt.seq,
        currency: store.currency,
        subtotal: priced.priced.subtotal,
        discountTotal: priced.priced.discountTotal,
        taxTotal: priced.priced.taxTotal,
        netTotal: priced.priced.netTotal,
        total: priced.priced.total,
        cashRounding: settlement.cashRounding,
        dueAfterRounding: settlement.dueAfterRounding,
        paidTotal: settlement.paid,
        changeTotal: settlement.change,
        ticketDiscount: body.discount ?? null,
        createdAt: body.createdAt,
        recordedAt,
        // A sale after the day's Z report counts toward the next day, like its shift.
        businessDate: shift.businessDate > input.businessDate ? shift.businessDate : input.businessDate,
        requestHash: input.requestHash,
        shiftId: body.shiftId,
        training,
        lines: priced.priced.lines.map((line, index) => ({
          id: line.id,
          lineNo: index + 1,
          productId: line.productId,
          sku: line.sku,
          name: line.name,
          unit: line.unit,
          barcode: line.barcode ?? null,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          gross: line.gross,
          lineDiscount: line.lineDiscount,
          ticketDiscount: line.ticketDiscount,
          amount: line.amount,
          net: line.net,
          tax: line.tax,
          taxRatePpm: line.ratePpm,
          unitCost: input.products.get(line.productId)?.cost ?? null,
          listPrice: line.listPrice ?? null,
          discount: line.discount ?? null,
        })),
        tenders: settlement.tenders.map((tender, index) => ({
          id: newId(ctx),
          tenderNo: index + 1,
          kind: tender.kind,
          amount: tender.applied,
          tendered: tender.tendered,
          reference: tender.reference ?? null,
          brand: tender.brand ?? null,
          last4: tender.last4 ?? null,
        })),
      };
      await createSaleRepository(trx).insert(sale);
      // Claimed here, with the sale: a QR payment pays for one sale only.
      const qrPayments = createQrPaymentRepository(trx);
      for (const tender of body.tenders) {
        if (tender.kind !== 'qr') continue;
        if (!(await qrPayments.attachToSale(tender.paymentId, sale.id, tender.amount, register.id)))
          throw new HttpError('qr_payment_unusable', { paymentId: tender.paymentId });
      }
      // A training sale's removed lines are practice too: kept out of the shift's voids.
      const voids = lineVoids(
        training ? [] : (body.voids ?? []),
        {
          ticketId: sale.id,
          storeId: store.id,
          registerId: register.id,
          shiftId: body.shiftId,
          staffId: input.staffId,
        },
        store,
      );
      await createVoidRepository(trx).insert(voids);

      await appendJournalFact(trx, {
        storeId: store.id,
        kind: training ? 'training_sale' : 'sale',
        refId: sale.id,
        at: sale.createdAt,
        payload: {
          ...saleFact(sale),
          // Lines removed before payment belong to the sale's record; absent when there were none.
          ...(voids.length > 0 ? { voids: voids.flatMap((v) => v.lines) } : {}),
        },
      });

      // A training sale moves no stock.
      const movements = sale.lines
        .filter((line) => !training && input.products.get(line.productId)?.trackStock)
        .map((line) => ({
          id: newId(ctx),
          storeId: store.id,
          locationId: store.salesFloorId,
          productId: line.productId,
          quantity: -line.quantity,
          reason: 'sale' as const,
          refId: sale.id,
          unitCost: line.unitCost,
          createdAt: recordedAt,
          staffId: input.staffId,
        }));
      const levels = await createStockRepository(trx).applyMovements(movements);
      if (!training) {
        const place = {
          storeId: store.id,
          businessDate: sale.businessDate,
          staffId: input.staffId,
          registerId: register.id,
          at: sale.createdAt,
          timeZone: store.timeZone,
          cutoverMinutes: store.businessDayCutoverMinutes,
        };
        // Lines removed before payment count on their shift's day, as in its Z report.
        await createRollupRepository(trx).add([
          ...saleDeltas(sale, place),
          ...voids.flatMap((v) => voidDeltas(v, { ...place, businessDate: shift.businessDate, at: v.at })),
        ]);
      }

      // Last: the event counter serializes every writer of the instance until commit.
      await createEventRepository(trx).append({
        storeId: store.id,
        type: training ? 'training_sale.completed' : 'sale.completed',
        refId: sale.id,
        payload: {
          id: sale.id,
          storeId: store.id,
          registerId: register.id,
          registerName: `${register.code} ${register.name}`,
          receiptNo: sale.receiptNo,
          total: sale.total,
          lineCount: sale.lines.length,
          at: sale.createdAt,
        },
        createdAt: recordedAt,
      });
      // After the sale's event, each alert with its own (`alert.raised`); usually none, no query.
      const stock = stockCrossings(
        movements,
        // One location: the sales floor.
        new Map(levels.map((level) => [level.productId, level])),
        (productId) => sale.lines.find((line) => line.productId === productId)?.name ?? '',
      );
      const alerts = await alertsTurnedOn(
        trx,
        store.id,
        saleAlerts(breaches.noted, receipt.renumberedFrom, stock),
      );
      await createAlertRepository(trx).raise(
        alerts.map((alert) => ({
          ...alert,
          id: newId(ctx),
          storeId: store.id,
          refId: sale.id,
          createdAt: recordedAt,
        })),
      );
      return { sale, alerts: alerts.map((alert) => alert.kind) };
    });
  } catch (error) {
    if (error instanceof UniqueViolationError && error.constraint === 'id') throw new SaleAlreadyRecorded();
    if (violatedUniqueConstraint(error) === 'sale_lines_pkey') {
      throw new HttpError('validation_failed', undefined, [
        { path: 'lines', message: 'a line id is already used by another sale' },
      ]);
    }
    throw error;
  }
}
