import type { RefundableSale } from '@kassa/api';
import { refundAmount, refundToTenders, type Unit } from '@kassa/core';
import type { OutboxEntry, SaleEntry } from '../outbox/outbox-store';
import type { SoldSale } from '../outbox/sold-sale';

/** A sale to take a return against: from the server, or from this register's own recent sales. */
export type RefundView = {
  readonly sale: {
    readonly id: string;
    readonly receiptNo: string;
    readonly createdAt: number;
    readonly dueAfterRounding: number;
    readonly currency: string;
    readonly lines: readonly {
      readonly id: string;
      readonly sku: string;
      readonly name: string;
      readonly unit: Unit;
    }[];
  };
  readonly lines: RefundableSale['lines'];
  /**
   * The sale's tenders and what each gave back already, so the register can say where the money
   * goes when the refund is saved before the server answered (as the server would split it).
   */
  readonly tenders: readonly (SoldSale['tenders'][number] & { readonly refunded: number })[];
  /** Paid partly by QR (扫码付): the wallet's share can only go back through the server. */
  readonly qr: boolean;
  /** Found among this register's own sales, the server being out of reach. */
  readonly offline: boolean;
};

/** What goes back to each tender for a refund of `total` (core `refundToTenders`), the tenders given back to. */
export function refundTenders(view: RefundView, total: number): RefundTender[] {
  const parts = view.tenders.length > 0 ? refundToTenders(total, view.tenders) : [];
  return view.tenders.flatMap((tender, index) => {
    const amount = parts[index] ?? 0;
    const { refunded: _before, ...back } = tender;
    return amount > 0 ? [{ ...back, amount }] : [];
  });
}

/** A tender a refund gives money back to, as the done screen shows it. */
export type RefundTender = Omit<RefundView['tenders'][number], 'refunded'>;

/**
 * The sale with receipt `receiptNo` among this register's recent outbox entries (pending, or
 * acknowledged in the last week), with what its refunds on this register took back so far: each
 * replayed in order with the core's refund rules, exactly as the server will. Null when this
 * register does not know it (another register's sale, or older than a week).
 */
export function localRefundView(
  recent: readonly OutboxEntry[],
  receiptNo: string,
  numberOf: (sale: SaleEntry) => string,
): RefundView | null {
  const entry = recent.find(
    (e): e is SaleEntry & { sold: SoldSale } =>
      e.type === 'sale' && e.sold !== undefined && e.payload.training !== true && numberOf(e) === receiptNo,
  );
  if (!entry) return null;
  const { sold } = entry;
  const lines = new Map(
    sold.lines.map((line) => [
      line.id,
      { lineId: line.id, quantity: line.quantity, paid: line.paid, refundedQuantity: 0, refundedAmount: 0 },
    ]),
  );
  const tenders = sold.tenders.map((tender) => ({ ...tender, refunded: 0 }));
  const refunds = recent
    .filter((e) => e.type === 'refund' && e.payload.saleId === entry.id)
    .sort((a, b) => a.queuedAt - b.queuedAt);
  for (const refund of refunds) {
    if (refund.type !== 'refund') continue;
    let total = 0;
    for (const wanted of refund.payload.lines) {
      const line = lines.get(wanted.lineId);
      const amount = line ? refundAmount(line, wanted.quantity) : null;
      if (!line || amount === null) continue;
      lines.set(line.lineId, {
        ...line,
        refundedQuantity: line.refundedQuantity + wanted.quantity,
        refundedAmount: line.refundedAmount + amount,
      });
      total += amount;
    }
    refundToTenders(total, tenders).forEach((part, index) => {
      const tender = tenders[index];
      if (tender) tenders[index] = { ...tender, refunded: tender.refunded + part };
    });
  }
  return {
    sale: {
      id: entry.id,
      receiptNo,
      createdAt: entry.payload.createdAt,
      dueAfterRounding: sold.dueAfterRounding,
      currency: sold.currency,
      lines: sold.lines,
    },
    lines: [...lines.values()],
    tenders,
    qr: tenders.some((tender) => tender.kind === 'qr'),
    offline: true,
  };
}

/**
 * A sale the server found, as the refund screen takes it. What each tender gave back before is
 * not in the answer: it is worked out from what the lines gave back, in proportion (exact for the
 * usual single tender; a split tender may differ by a fen from the server's running split).
 */
export function serverRefundView(found: RefundableSale): RefundView {
  const paid = found.sale.tenders.map((tender) => ({
    kind: tender.kind,
    amount: tender.amount,
    reference: tender.reference,
    brand: tender.brand,
    last4: tender.last4,
    refunded: 0,
  }));
  const before = found.lines.reduce((sum, line) => sum + line.refundedAmount, 0);
  const split = before > 0 ? refundToTenders(before, paid) : [];
  return {
    sale: found.sale,
    lines: found.lines,
    tenders: paid.map((tender, index) => ({ ...tender, refunded: split[index] ?? 0 })),
    qr: paid.some((tender) => tender.kind === 'qr'),
    offline: false,
  };
}
