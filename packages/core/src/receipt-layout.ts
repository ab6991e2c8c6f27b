import type { QrProvider } from './payment-code';
import type { Unit } from './quantity';
import type { ReceiptDocument, ReceiptTender } from './receipt';
import type { TenderKind } from './settle';
import { formatTaxRate } from './tax';
import { centerText, pairText } from './text-columns';
import { wrapText } from './text-wrap';

/** Translated label strings for a printed receipt, supplied by the caller's i18n. */
export type ReceiptLabels = {
  readonly receiptNo: string;
  readonly register: string;
  readonly cashier: string;
  readonly subtotal: string;
  readonly discount: string;
  /** Tax added at the till (tax-exclusive prices), printed before the total with the rate. */
  readonly tax: string;
  /** Tax contained in tax-inclusive prices, printed after the tenders with the rate. */
  readonly taxIncluded: string;
  readonly total: string;
  readonly cashRounding: string;
  /** The amount due after cash rounding (printed only when there was cash rounding). */
  readonly dueAfterRounding: string;
  readonly change: string;
  readonly tenders: Readonly<Record<TenderKind, string>>;
  /** QR tenders by wallet, e.g. 微信支付 / 支付宝. */
  readonly wallets: Readonly<Record<QrProvider, string>>;
  /** The notice on a training sale's receipt (it is not a sale). */
  readonly training: string;
};

/** Options for {@link layoutReceiptText}; the formatters come from the caller's locale. */
export type ReceiptLayoutOptions = {
  /** Printer width: 32 columns for 58 mm paper, 48 for 80 mm. */
  readonly columns: 32 | 48;
  readonly labels: ReceiptLabels;
  /** Formats an amount in minor units of the receipt currency, e.g. `(n) => formatDecimal(n, 'CNY')`. */
  readonly formatMoney: (amount: number) => string;
  readonly formatDate: (epochMs: number) => string;
  readonly formatQuantity: (quantity: number, unit: Unit) => string;
};

/**
 * How a tender is named on a receipt: cash; a card by brand and last 4 digits; a QR payment by its
 * wallet (微信支付) and the gateway's transaction id.
 */
export function receiptTenderLabel(tender: ReceiptTender, labels: ReceiptLabels): string {
  // A QR tender prints its wallet's name (微信支付) with the transaction id, not "QR wechat".
  if (tender.kind === 'qr') {
    const wallet = labels.wallets[tender.brand as QrProvider] ?? labels.tenders.qr;
    return tender.reference === undefined ? wallet : `${wallet} ${tender.reference}`;
  }
  const card = [tender.brand, tender.last4 === undefined ? undefined : `****${tender.last4}`];
  return [labels.tenders[tender.kind], ...card].filter((p) => p !== undefined && p !== '').join(' ');
}

/**
 * Lays a receipt out as fixed-width text lines for a thermal printer or a preview: store header,
 * receipt data, each sale line as its name (wrapped by display width) then `qty × price … amount`,
 * totals, tenders and change, then the footer. No line is wider than `columns` by `textWidth`.
 */
export function layoutReceiptText(doc: ReceiptDocument, options: ReceiptLayoutOptions): string[] {
  const { columns, labels, formatMoney: money } = options;
  const rule = '-'.repeat(columns);
  const out: string[] = [];
  const add = (...lines: string[]): void => {
    out.push(...lines);
  };

  add(...centerText(doc.store.name, columns));
  if (doc.store.address) add(...centerText(doc.store.address, columns));
  if (doc.store.phone) add(...centerText(doc.store.phone, columns));
  if (doc.training) add(...centerText(`*** ${labels.training} ***`, columns));
  add(...pairText(labels.receiptNo, doc.receiptNo, columns));
  add(...pairText(labels.register, doc.registerName, columns));
  add(...pairText(labels.cashier, doc.cashierName, columns));
  add(...wrapText(options.formatDate(doc.at), columns), rule);

  for (const line of doc.lines) {
    add(...wrapText(line.name, columns));
    const quantity = options.formatQuantity(line.quantity, line.unit);
    // A price-label line was priced by the scale: its unit price would not multiply out, so omit it.
    // ASCII 'x', not '×': GB18030 printers print the ambiguous-width '×' two columns wide.
    const detail = line.fixedAmount ? `  ${quantity}` : `  ${quantity} x ${money(line.unitPrice)}`;
    add(...pairText(detail, money(line.gross), columns));
    if (line.discount !== 0) add(...pairText(`  ${labels.discount}`, money(-line.discount), columns));
  }
  add(rule, ...pairText(labels.subtotal, money(doc.subtotal), columns));
  if (doc.discountTotal !== 0) add(...pairText(labels.discount, money(-doc.discountTotal), columns));
  if (doc.taxMode === 'exclusive') {
    for (const rate of doc.taxByRate) {
      add(...pairText(`${labels.tax} ${formatTaxRate(rate.ratePpm)}`, money(rate.tax), columns));
    }
  }
  add(...pairText(labels.total, money(doc.total), columns));
  if (doc.cashRounding !== 0) {
    add(...pairText(labels.cashRounding, money(doc.cashRounding), columns));
    add(...pairText(labels.dueAfterRounding, money(doc.dueAfterRounding), columns));
  }
  for (const tender of doc.tenders)
    add(...pairText(receiptTenderLabel(tender, labels), money(tender.tendered), columns));
  if (doc.tenders.some((t) => t.kind === 'cash')) add(...pairText(labels.change, money(doc.change), columns));

  if (doc.taxMode === 'inclusive' && doc.taxByRate.some((r) => r.tax !== 0)) {
    add(rule);
    for (const rate of doc.taxByRate) {
      if (rate.tax === 0) continue;
      add(...pairText(`${labels.taxIncluded} ${formatTaxRate(rate.ratePpm)}`, money(rate.tax), columns));
    }
  }
  if (doc.footer) add(rule, ...centerText(doc.footer, columns));
  return out;
}
