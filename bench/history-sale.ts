import {
  type Discount,
  linePaidShares,
  receiptNumber,
  roundCash,
  settle,
  type TenderInput,
  type TicketLine,
  uuidV7,
} from '@kassa/core';
import type { BasketPricing } from './basket-pricing';
import type { HistoryJournal } from './history-journal';
import type { HistoryRows } from './history-rows';
import type { ProductPicker } from './product-picker';
import type { ShopStore } from './report-shop';
import type { SeededRandom } from './seeded-random';

export type HistoryCounts = {
  sales: number;
  lines: number;
  refunds: number;
  voids: number;
  noSales: number;
  shifts: number;
};

/** The registers' shifts of one store on one business date, by register index. */
export type DayShifts = readonly { readonly id: string; readonly staffId: string }[];

/** What writing one store's day needs. */
export type Selling = {
  readonly rows: HistoryRows;
  readonly journal: HistoryJournal;
  readonly store: ShopStore;
  readonly date: string;
  readonly shifts: DayShifts;
  readonly random: SeededRandom;
  readonly pick: ProductPicker;
  readonly price: BasketPricing;
  readonly counts: HistoryCounts;
};

/** What a refund of a sale needs to know of it. */
export type SaleRefund = {
  readonly saleId: string;
  readonly receiptNo: string;
  readonly lines: readonly { id: string; quantity: number; unit: 'piece' | 'kg'; paid: number }[];
  readonly tenders: readonly { tenderNo: number; kind: string; amount: number }[];
};

/** Stands for the hash of the request body a register posted (only compared when it posts again). */
export const REQUEST_HASH = '0'.repeat(64);

const LINE_DISCOUNTS: readonly Discount[] = [
  { kind: 'percent', basisPoints: 500 },
  { kind: 'percent', basisPoints: 1000 },
  { kind: 'percent', basisPoints: 2000 },
  { kind: 'percent', basisPoints: 3000 },
  { kind: 'amount', amount: 100 },
];

/**
 * Writes one sale of `lineCount` different products, priced and settled with core, with its lines,
 * tenders and journal entry (abridged to the sale's header: its lines and tenders are in their
 * tables). Returns its id and, with `refundable`, what its refund needs, but only for a sale without
 * cash rounding: a refund of a rounded sale gives back a share of the rounding, which the
 * baseline's plain GROUP BY over the lines cannot work out (see report-naive.ts).
 */
export function writeSale(
  s: Selling,
  register: number,
  seq: number,
  at: number,
  lineCount: number,
  refundable: boolean,
): { saleId: string; refund: SaleRefund | null } {
  const { rows, store, random, counts } = s;
  const shift = s.shifts[register] as DayShifts[number];
  const { id: registerId, code } = store.registers[register] as ShopStore['registers'][number];
  const saleId = uuidV7(at, random.bytes(10));
  const chosen = new Set<number>();
  while (chosen.size < lineCount) chosen.add(s.pick());
  const products = [...chosen].map((index) => s.pick.products[index] as (typeof s.pick.products)[number]);
  const lines: TicketLine[] = products.map((product) => {
    const offered = random.chance(0.06) ? LINE_DISCOUNTS[random.below(LINE_DISCOUNTS.length)] : undefined;
    // A yuan off only goods over five: no line is discounted to nothing.
    const discount = offered?.kind === 'amount' && product.price < 500 ? undefined : offered;
    return {
      id: uuidV7(at, random.bytes(10)),
      productId: product.id,
      name: product.name,
      sku: product.sku,
      unit: product.unit,
      unitPrice: product.price,
      quantity: product.unit === 'kg' ? random.between(150, 2500) : pieces(random),
      ratePpm: product.ratePpm,
      ...(product.barcode ? { barcode: product.barcode } : {}),
      ...(discount ? { discount } : {}),
    };
  });
  const ticketDiscount: Discount | undefined = random.chance(0.03)
    ? { kind: 'percent', basisPoints: random.chance(0.5) ? 500 : 1000 }
    : undefined;
  const priced = s.price(lines, ticketDiscount);
  const settled = settle(priced.total, tendersFor(priced.total, store, random), store.cashRounding);
  if (!settled.ok) throw new Error(`generated tenders do not settle: ${JSON.stringify(settled.error)}`);
  const settlement = settled.value;
  const receiptNo = receiptNumber(store.code, code, false, seq);
  rows.sale.run(
    saleId,
    store.id,
    registerId,
    shift.staffId,
    receiptNo,
    seq,
    priced.subtotal,
    priced.discountTotal,
    priced.taxTotal,
    priced.netTotal,
    priced.total,
    settlement.cashRounding,
    settlement.dueAfterRounding,
    settlement.paid,
    settlement.change,
    ticketDiscount ? JSON.stringify(ticketDiscount) : null,
    at,
    at + random.between(20, 400),
    s.date,
    REQUEST_HASH,
    lines.length,
    shift.id,
  );
  for (const [index, line] of lines.entries()) {
    const money = priced.lines[index] as (typeof priced.lines)[number];
    rows.line.run(
      line.id,
      saleId,
      index + 1,
      line.productId,
      line.sku,
      line.name,
      line.unit,
      line.barcode ?? null,
      line.quantity,
      line.unitPrice,
      money.gross,
      money.lineDiscount,
      money.ticketDiscount,
      money.amount,
      money.net,
      money.tax,
      line.ratePpm,
      (products[index] as (typeof products)[number]).cost,
      line.discount ? JSON.stringify(line.discount) : null,
    );
  }
  for (const [index, tender] of settlement.tenders.entries()) {
    rows.tender.run(
      uuidV7(at, random.bytes(10)),
      saleId,
      index + 1,
      tender.kind,
      tender.applied,
      tender.tendered,
      tender.reference ?? null,
      tender.brand ?? null,
      tender.last4 ?? null,
    );
  }
  s.journal.append(store.id, 'sale', saleId, at, {
    id: saleId,
    receiptNo,
    registerId,
    staffId: shift.staffId,
    createdAt: at,
    businessDate: s.date,
    total: priced.total,
    paid: settlement.paid,
    lineCount: lines.length,
  });
  counts.sales++;
  counts.lines += lines.length;
  if (!refundable || settlement.cashRounding !== 0) return { saleId, refund: null };
  const paid = linePaidShares(
    settlement.paid,
    priced.lines.map((line) => line.net + line.tax),
  );
  const refund = {
    saleId,
    receiptNo,
    lines: lines.map((line, index) => ({
      id: line.id,
      quantity: line.quantity,
      unit: line.unit,
      paid: paid[index] as number,
    })),
    tenders: settlement.tenders.map((tender, index) => ({
      tenderNo: index + 1,
      kind: tender.kind,
      amount: tender.applied,
    })),
  };
  return { saleId, refund };
}

function pieces(random: SeededRandom): number {
  const u = random.next();
  if (u < 0.78) return 1000;
  if (u < 0.93) return 2000;
  return random.between(3, 6) * 1000;
}

/** QR (WeChat, Alipay) most often, then cash (handed over in notes), card, and QR plus cash. */
function tendersFor(total: number, store: ShopStore, random: SeededRandom): TenderInput[] {
  const reference = String(random.between(100_000_000, 999_999_999));
  const qr = (amount: number): TenderInput => ({
    kind: 'qr',
    amount,
    paymentId: reference,
    reference: `42000${reference}`,
    brand: random.chance(0.65) ? 'wechat' : 'alipay',
  });
  const cash = (due: number): TenderInput => {
    const rounded = Math.max(10, roundCash(due, store.cashRounding));
    const note = [1000, 5000, 10000][random.below(3)] as number;
    return { kind: 'cash', amount: random.chance(0.3) ? rounded : Math.ceil(rounded / note) * note };
  };
  const u = random.next();
  if (u < 0.45) return [qr(total)];
  if (u < 0.6)
    return [{ kind: 'card', amount: total, reference: `T${reference}`, brand: 'UnionPay', last4: '6222' }];
  if (u < 0.97 || total < 200) return [cash(total)];
  const part = Math.floor(total / 2);
  return [qr(part), cash(total - part)];
}
