import { layoutShiftReportText, type ShiftReportDocument } from '@kassa/core';
import { encodeEscPos } from './escpos-encoder';
import { receiptFormat } from './receipt-format';
import type { ReceiptLanguage } from './receipt-labels';
import { SHIFT_REPORT_LABELS } from './shift-report-labels';

/**
 * ESC/POS bytes of an X, close or Z report for a `columns`-wide printer: laid out by the core (the
 * same rows as on screen), the store name and the title bold, then a partial cut. No drawer kick:
 * counting the drawer is the cashier's, not the printer's.
 */
export function shiftReportEscPos(
  doc: ShiftReportDocument,
  columns: 32 | 48,
  lang: ReceiptLanguage,
): Uint8Array {
  const format = receiptFormat(doc.currency, doc.timeZone, lang, false);
  const lines = layoutShiftReportText(doc, {
    columns,
    labels: SHIFT_REPORT_LABELS[lang],
    formatMoney: format.money,
    formatDate: format.date,
  });
  // The store name and the title are bold, however many lines a long store name wraps onto.
  const title = SHIFT_REPORT_LABELS[lang].titles[doc.kind];
  const titleEnd = lines.findIndex((line) => line.includes(title));
  return encodeEscPos(
    lines.map((text, index) => (index <= titleEnd ? { text, style: { bold: true } } : { text })),
  );
}
