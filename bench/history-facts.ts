import { refundAmount, refundToTenders, uuidV7 } from '@kassa/core';
import { type DayShifts, REQUEST_HASH, type SaleRefund, type Selling } from './history-sale';

/**
 * A refund by the store's manager at `register` at `at`: one line (some of its pieces) or the whole
 * sale, each line's amount by core `refundAmount`, back onto the sale's tenders by core
 * `refundToTenders`, journaled as the server journals it.
 */
export function writeRefund(s: Selling, refund: SaleRefund, register: number, at: number): void {
  const { random, store, rows } = s;
  const shift = s.shifts[register] as DayShifts[number];
  const taken =
    random.chance(0.6) && refund.lines.length > 1
      ? [refund.lines[random.below(refund.lines.length)] as SaleRefund['lines'][number]]
      : refund.lines;
  const lines = taken.map((line) => {
    const quantity =
      line.unit === 'piece' && line.quantity > 1000 && random.chance(0.5)
        ? random.between(1, line.quantity / 1000 - 1) * 1000
        : line.quantity;
    const amount = refundAmount({ ...line, refundedQuantity: 0, refundedAmount: 0 }, quantity);
    if (amount === null) throw new Error('generated refund exceeds its line');
    return { saleLineId: line.id, quantity, amount, damaged: false };
  });
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const parts = refundToTenders(
    total,
    refund.tenders.map((tender) => ({ amount: tender.amount, refunded: 0 })),
  );
  const tenders = refund.tenders.map((tender, index) => ({
    tenderNo: tender.tenderNo,
    kind: tender.kind,
    amount: parts[index] ?? 0,
  }));
  const id = uuidV7(at, random.bytes(10));
  const registerId = (store.registers[register] as { id: string }).id;
  rows.refund.run(
    id,
    refund.saleId,
    store.id,
    registerId,
    shift.id,
    store.managerId,
    at,
    total,
    REQUEST_HASH,
  );
  for (const line of lines) rows.refundLine.run(id, line.saleLineId, line.quantity, line.amount);
  for (const tender of tenders) rows.refundTender.run(id, tender.tenderNo, tender.kind, tender.amount);
  s.journal.append(store.id, 'refund', id, at, {
    id,
    saleId: refund.saleId,
    receiptNo: refund.receiptNo,
    registerId,
    shiftId: shift.id,
    staffId: store.managerId,
    total,
    reason: '顾客退货',
    lines,
    tenders,
  });
  s.counts.refunds++;
}

/**
 * A void before payment: one line removed from the ticket that became sale `ticketId` (recorded with
 * the sale), or a ticket of `lineCount` lines abandoned (its own journal entry, like the server's).
 */
export function writeVoid(
  s: Selling,
  register: number,
  kind: 'line' | 'ticket',
  ticketId: string,
  at: number,
  lineCount: number,
): void {
  const lines = Array.from({ length: lineCount }, () => {
    const product = s.pick.products[s.pick()] as (typeof s.pick.products)[number];
    return {
      lineId: uuidV7(at, s.random.bytes(10)),
      productId: product.id,
      quantity: 1000,
      unitPrice: product.price,
      amount: product.price,
    };
  });
  const shift = s.shifts[register] as DayShifts[number];
  const registerId = (s.store.registers[register] as { id: string }).id;
  // A ticket's void is keyed by the ticket; a removed line's void gets its own id.
  const id = kind === 'ticket' ? ticketId : uuidV7(at, s.random.bytes(10));
  const amount = lines.reduce((sum, line) => sum + line.amount, 0);
  s.rows.voided.run(
    id,
    kind,
    ticketId,
    s.store.id,
    registerId,
    shift.id,
    shift.staffId,
    at,
    lines.length,
    amount,
    JSON.stringify(lines),
  );
  if (kind === 'ticket') {
    s.journal.append(s.store.id, 'void', id, at, {
      id,
      registerId,
      shiftId: shift.id,
      staffId: shift.staffId,
      reason: '',
      lines,
      removed: [],
    });
  }
  s.counts.voids++;
}

/** A no-sale drawer opening (开钱箱) by the register's cashier, journaled. */
export function writeNoSale(s: Selling, register: number, at: number): void {
  const shift = s.shifts[register] as DayShifts[number];
  const id = uuidV7(at, s.random.bytes(10));
  s.rows.noSale.run(id, shift.id, shift.staffId, at);
  s.journal.append(s.store.id, 'no_sale', id, at, {
    id,
    shiftId: shift.id,
    registerId: (s.store.registers[register] as { id: string }).id,
    staffId: shift.staffId,
    amount: 0,
    reason: '换零钱',
  });
  s.counts.noSales++;
}
