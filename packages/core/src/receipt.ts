import type { Unit } from './quantity';
import type { Settlement, TenderKind } from './settle';
import type { TaxMode, TaxRateTotal } from './tax';
import type { PricedTicket } from './ticket-pricing';

/** One printed sale line. `discount` is the line's own discount plus its share of the ticket discount. */
export type ReceiptLine = {
  readonly name: string;
  readonly quantity: number;
  readonly unit: Unit;
  readonly unitPrice: number;
  readonly gross: number;
  readonly discount: number;
  readonly amount: number;
  /** True when the amount came from a price-embedded scale label. */
  readonly fixedAmount?: boolean;
};

/** One printed tender: `amount` counted toward the sale, `tendered` handed over. */
export type ReceiptTender = {
  readonly kind: TenderKind;
  readonly amount: number;
  readonly tendered: number;
  readonly reference?: string;
  readonly brand?: string;
  readonly last4?: string;
};

/** The store block at the top of a receipt. */
export type ReceiptStore = { readonly name: string; readonly address?: string; readonly phone?: string };

/**
 * Everything a receipt shows, as data: amounts in minor units of `currency`, quantities in
 * thousandths, `at` in epoch ms. No label strings: renderers translate.
 */
export type ReceiptDocument = {
  readonly store: ReceiptStore;
  readonly receiptNo: string;
  readonly registerName: string;
  readonly cashierName: string;
  readonly at: number;
  readonly timeZone: string;
  readonly currency: string;
  readonly lines: readonly ReceiptLine[];
  readonly subtotal: number;
  readonly discountTotal: number;
  readonly taxTotal: number;
  readonly taxByRate: readonly TaxRateTotal[];
  /** What was due before cash rounding. */
  readonly total: number;
  readonly cashRounding: number;
  readonly dueAfterRounding: number;
  readonly tenders: readonly ReceiptTender[];
  readonly change: number;
  readonly taxMode: TaxMode;
  readonly footer?: string;
  /** A training sale's receipt: printed with a notice that it is not a sale. */
  readonly training?: true;
  /** The receipt number, to print as a barcode/QR for refunds. */
  readonly barcode: string;
  /** The e-receipt's address (电子小票), printed as a QR code the customer scans with their phone. */
  readonly link?: string;
};

/** Input of {@link buildReceipt}. */
export type ReceiptInput = {
  readonly store: ReceiptStore;
  readonly receiptNo: string;
  readonly registerName: string;
  readonly cashierName: string;
  readonly at: number;
  readonly timeZone: string;
  readonly priced: PricedTicket;
  readonly settlement: Settlement;
  readonly taxMode: TaxMode;
  readonly footer?: string;
  readonly training?: boolean;
};

/**
 * Builds the receipt document of a completed sale from its priced ticket and settlement.
 * @throws RangeError when the settlement is not for the ticket's total or the tax modes differ.
 */
export function buildReceipt(input: ReceiptInput): ReceiptDocument {
  const { priced, settlement } = input;
  if (settlement.due !== priced.total) {
    throw new RangeError(`Settlement due ${settlement.due} does not match ticket total ${priced.total}`);
  }
  if (input.taxMode !== priced.taxMode)
    throw new RangeError('Receipt tax mode differs from the priced ticket');
  return {
    store: input.store,
    receiptNo: input.receiptNo,
    registerName: input.registerName,
    cashierName: input.cashierName,
    at: input.at,
    timeZone: input.timeZone,
    currency: priced.currency,
    lines: priced.lines.map((l) => ({
      name: l.name,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      gross: l.gross,
      discount: l.lineDiscount + l.ticketDiscount,
      amount: l.amount,
      ...(l.fixedAmount === undefined ? {} : { fixedAmount: true }),
    })),
    subtotal: priced.subtotal,
    discountTotal: priced.discountTotal,
    taxTotal: priced.taxTotal,
    taxByRate: priced.taxByRate,
    total: priced.total,
    cashRounding: settlement.cashRounding,
    dueAfterRounding: settlement.dueAfterRounding,
    tenders: settlement.tenders.map((t) => ({
      kind: t.kind,
      amount: t.applied,
      tendered: t.tendered,
      ...(t.reference === undefined ? {} : { reference: t.reference }),
      ...(t.brand === undefined ? {} : { brand: t.brand }),
      ...(t.last4 === undefined ? {} : { last4: t.last4 }),
    })),
    change: settlement.change,
    taxMode: input.taxMode,
    ...(input.footer === undefined ? {} : { footer: input.footer }),
    ...(input.training ? { training: true as const } : {}),
    barcode: input.receiptNo,
  };
}
