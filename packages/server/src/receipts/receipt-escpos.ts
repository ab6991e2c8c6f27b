import { layoutReceiptText, type ReceiptDocument } from '@kassa/core';
import { type EscPosLine, encodeEscPos } from './escpos-encoder';
import { receiptFormat } from './receipt-format';
import { RECEIPT_LABELS, type ReceiptLanguage } from './receipt-labels';

/** Paper widths Kassa prints on, in millimetres, and their columns of the standard 12×24 font. */
export const RECEIPT_COLUMNS = { '58': 32, '80': 48 } as const;

/**
 * The receipt as text lines for a `columns`-wide printer, laid out by the core (so the printed
 * receipt and the on-screen preview agree).
 */
function receiptTextLines(doc: ReceiptDocument, columns: 32 | 48, lang: ReceiptLanguage): string[] {
  const labels = RECEIPT_LABELS[lang];
  const format = receiptFormat(doc.currency, doc.timeZone, lang, false);
  // Without a store footer the printer thanks the customer, as the HTML receipt does.
  return layoutReceiptText(
    { ...doc, footer: doc.footer || labels.thanks },
    {
      columns,
      labels,
      formatMoney: format.money,
      formatDate: format.date,
      formatQuantity: format.quantity,
    },
  );
}

/**
 * ESC/POS bytes of a receipt: the store name's first line bold, the total line bold, everything else plain,
 * then a partial cut.
 */
export function receiptEscPos(
  doc: ReceiptDocument,
  columns: 32 | 48,
  lang: ReceiptLanguage,
  options: { readonly copy?: boolean; readonly kickDrawer?: boolean } = {},
): Uint8Array {
  const labels = RECEIPT_LABELS[lang];
  const lines = receiptTextLines(doc, columns, lang);
  const styled = lines.map(
    (text, index): EscPosLine =>
      index === 0 || text.startsWith(`${labels.total} `) ? { text, style: { bold: true } } : { text },
  );
  // A reprint says so at the top, so it cannot pass for a second sale.
  const marked: EscPosLine[] = options.copy
    ? [{ text: `*** ${labels.copy} ***`, style: { bold: true, align: 'center' } }, ...styled]
    : styled;
  return encodeEscPos(marked, {
    barcode: doc.barcode,
    kickDrawer: options.kickDrawer === true,
    ...(doc.link === undefined ? {} : { qr: { data: doc.link, caption: labels.eReceipt } }),
  });
}
