import type { PurchaseOrder } from '@kassa/api';
import { formatMoney, formatWallClock, lineAmount, Quantity, type Unit } from '@kassa/core';
import { A4, fitText, type PdfOp, type PdfPage, type PdfTextOp } from '../pdf/pdf-document';
import type { ReceiptLanguage } from '../receipts/receipt-labels';
import { PURCHASE_ORDER_LABELS } from './purchase-order-labels';

/** What the printed order shows beyond the order itself. */
export interface PurchaseOrderParties {
  readonly store: { readonly name: string; readonly address: string | null; readonly phone: string | null };
  readonly currency: string;
  readonly timeZone: string;
  readonly locationName: string;
  readonly supplier: {
    readonly name: string;
    readonly contact: string;
    readonly phone: string;
    readonly email: string;
  };
}

const MARGIN = 40;
const RIGHT = A4.width - MARGIN;
const ROW = 18;
const BOTTOM = A4.height - 56;
/** Column left edges and widths (points), filling the 515 pt between the margins. */
const COLUMNS = [
  { key: 'no', width: 24, align: 'right' },
  { key: 'sku', width: 66, align: 'left' },
  { key: 'supplierSku', width: 62, align: 'left' },
  { key: 'name', width: 138, align: 'left' },
  { key: 'packs', width: 68, align: 'right' },
  { key: 'quantity', width: 52, align: 'right' },
  { key: 'unitCost', width: 50, align: 'right' },
  { key: 'amount', width: 55, align: 'right' },
] as const;
type Column = (typeof COLUMNS)[number]['key'];

/**
 * The purchase order on A4 pages: who buys from whom, where the goods go, a table of the lines
 * (packs × pack size, quantity, unit cost, amount) continued over as many pages as it takes with
 * the header repeated, the total and note after the last line, and "page n of m" on each.
 * Money without a currency symbol ('¥' is not in every viewer's substitute font); the currency
 * code heads the amount column instead.
 */
export function purchaseOrderPages(
  order: PurchaseOrder,
  parties: PurchaseOrderParties,
  lang: ReceiptLanguage,
): PdfPage[] {
  const labels = PURCHASE_ORDER_LABELS[lang];
  const money = (amount: number) =>
    formatMoney({ amount, currency: parties.currency }, lang, { symbol: false });
  const quantity = (thousandths: number, unit: Unit) => Quantity.format(thousandths, unit, lang);
  const pages: PdfOp[][] = [];
  let ops: PdfOp[] = [];
  let y = 0;

  const text = (
    x: number,
    at: number,
    value: string,
    size = 9,
    extra: Pick<PdfTextOp, 'bold' | 'align'> = {},
  ) => ops.push({ kind: 'text', x, y: at, size, text: value, ...extra });
  const row = (cells: Readonly<Record<Column, string>>, bold = false) => {
    let x = MARGIN;
    for (const column of COLUMNS) {
      const value = fitText(cells[column.key], 9, column.width - 4);
      text(column.align === 'right' ? x + column.width - 2 : x + 2, y + 12, value, 9, {
        bold,
        align: column.align,
      });
      x += column.width;
    }
    ops.push({ kind: 'line', x1: MARGIN, y1: y + ROW, x2: RIGHT, y2: y + ROW, width: bold ? 0.8 : 0.3 });
    y += ROW;
  };
  const newPage = () => {
    ops = [];
    pages.push(ops);
    y = MARGIN + 6;
    row({ ...labels.columns, amount: `${labels.columns.amount} (${parties.currency})` }, true);
  };

  // First page: the heading and both parties, then the table.
  ops = [];
  pages.push(ops);
  const number = `PO-${String(order.number).padStart(6, '0')}`;
  text(MARGIN, 64, `${labels.title}  ${number}`, 20, { bold: true });
  const status = labels.status[order.status];
  if (status) text(RIGHT, 64, status, 12, { bold: true, align: 'right' });
  const left = [
    `${labels.supplier}: ${order.supplierName}`,
    parties.supplier.contact || parties.supplier.phone
      ? `${labels.contact}: ${[parties.supplier.contact, parties.supplier.phone].filter(Boolean).join('  ')}`
      : '',
    parties.supplier.email,
  ];
  const right = [
    `${labels.buyer}: ${parties.store.name}`,
    [parties.store.address, parties.store.phone].filter(Boolean).join('  '),
    `${labels.deliverTo}: ${parties.locationName}`,
    `${labels.ordered}: ${formatWallClock(order.sentAt ?? order.createdAt, parties.timeZone).slice(0, 10)}`,
    order.expectedOn ? `${labels.expected}: ${order.expectedOn}` : '',
  ];
  for (const [index, line] of left.filter(Boolean).entries())
    text(MARGIN, 96 + index * 15, fitText(line, 10, 250), 10);
  for (const [index, line] of right.filter(Boolean).entries()) {
    text(MARGIN + 265, 96 + index * 15, fitText(line, 10, 250), 10);
  }
  y = 186;
  row({ ...labels.columns, amount: `${labels.columns.amount} (${parties.currency})` }, true);

  for (const [index, line] of order.lines.entries()) {
    if (y + ROW > BOTTOM) newPage();
    const packs = Math.round((line.quantity * 1000) / line.packSize);
    row({
      no: String(index + 1),
      sku: line.sku,
      supplierSku: line.supplierSku,
      name: line.name,
      packs:
        line.packSize === 1000 ? '' : `${quantity(packs, 'piece')} × ${quantity(line.packSize, line.unit)}`,
      quantity: `${quantity(line.quantity, line.unit)}${line.unit === 'piece' ? ` ${labels.units.piece}` : ''}`,
      unitCost: money(line.unitCost),
      amount: money(lineAmount(line.unitCost, line.quantity)),
    });
  }
  const noteLines = order.note ? order.note.split(/\r?\n/).slice(0, 8) : [];
  if (y + 30 + noteLines.length * 14 > BOTTOM) newPage();
  text(RIGHT - 2, y + 20, `${labels.total}: ${money(order.total)}`, 11, { bold: true, align: 'right' });
  y += 34;
  if (noteLines.length > 0) {
    text(MARGIN, y, `${labels.note}:`, 9, { bold: true });
    for (const [index, line] of noteLines.entries())
      text(MARGIN + 40, y + index * 14, fitText(line, 9, 470), 9);
  }

  return pages.map((pageOps, index) => ({
    ...A4,
    ops: [
      ...pageOps,
      {
        kind: 'text',
        x: RIGHT,
        y: A4.height - 30,
        size: 8,
        text: labels.page(index + 1, pages.length),
        align: 'right',
      },
      { kind: 'text', x: MARGIN, y: A4.height - 30, size: 8, text: number },
    ],
  }));
}
