import type { QrProvider } from './payment-code';
import type { Unit } from './quantity';
import type { ReceiptDocument, ReceiptTender } from './receipt';
import type { TenderKind } from './settle';
import { formatTaxRate } from './tax';
import { textWidth } from './text-width';
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

function center(text: string, columns: number): string[] {
  return wrapText(text, columns).map((line) => {
    const pad = Math.floor((columns - textWidth(line)) / 2);
    return ' '.repeat(Math.max(0, pad)) + line;
  });
}

/** `left … right` on one line when it fits, else the left text wrapped and `right` right-aligned below. */
function pair(left: string, right: string, columns: number): string[] {
  const rightWidth = textWidth(right);
  if (rightWidth > columns) return [...wrapText(left, columns), ...wrapText(right, columns)];
  const lines = wrapText(left, columns);
  const last = lines.pop() ?? '';
  const gap = columns - textWidth(last) - rightWidth;
  if (gap >= 1) return [...lines, last + ' '.repeat(gap) + right];
  return [...lines, last, ' '.repeat(columns - rightWidth) + right].filter((l) => l !== '');
}

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

  add(...center(doc.store.name, columns));
  if (doc.store.address) add(...center(doc.store.address, columns));
  if (doc.store.phone) add(...center(doc.store.phone, columns));
  if (doc.training) add(...center(`*** ${labels.training} ***`, columns));
  add(...pair(labels.receiptNo, doc.receiptNo, columns));
  add(...pair(labels.register, doc.registerName, columns));
  add(...pair(labels.cashier, doc.cashierName, columns));
  add(...wrapText(options.formatDate(doc.at), columns), rule);

  for (const line of doc.lines) {
    add(...wrapText(line.name, columns));
    const quantity = options.formatQuantity(line.quantity, line.unit);
    // A price-label line was priced by the scale: its unit price would not multiply out, so omit it.
    // ASCII 'x', not '×': GB18030 printers print the ambiguous-width '×' two columns wide.
    const detail = line.fixedAmount ? `  ${quantity}` : `  ${quantity} x ${money(line.unitPrice)}`;
    add(...pair(detail, money(line.gross), columns));
    if (line.discount !== 0) add(...pair(`  ${labels.discount}`, money(-line.discount), columns));
  }
  add(rule, ...pair(labels.subtotal, money(doc.subtotal), columns));
  if (doc.discountTotal !== 0) add(...pair(labels.discount, money(-doc.discountTotal), columns));
  if (doc.taxMode === 'exclusive') {
    for (const rate of doc.taxByRate) {
      add(...pair(`${labels.tax} ${formatTaxRate(rate.ratePpm)}`, money(rate.tax), columns));
    }
  }
  add(...pair(labels.total, money(doc.total), columns));
  if (doc.cashRounding !== 0) {
    add(...pair(labels.cashRounding, money(doc.cashRounding), columns));
    add(...pair(labels.dueAfterRounding, money(doc.dueAfterRounding), columns));
  }
  for (const tender of doc.tenders)
    add(...pair(receiptTenderLabel(tender, labels), money(tender.tendered), columns));
  if (doc.tenders.some((t) => t.kind === 'cash')) add(...pair(labels.change, money(doc.change), columns));

  if (doc.taxMode === 'inclusive' && doc.taxByRate.some((r) => r.tax !== 0)) {
    add(rule);
    for (const rate of doc.taxByRate) {
      if (rate.tax === 0) continue;
      add(...pair(`${labels.taxIncluded} ${formatTaxRate(rate.ratePpm)}`, money(rate.tax), columns));
    }
  }
  if (doc.footer) add(rule, ...center(doc.footer, columns));
  return out;
}
