import { createRegisterRepository, createStoreRepository } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { RECEIPT_COLUMNS } from '../receipts/receipt-escpos';
import { type ReceiptLanguage, receiptLanguageFor } from '../receipts/receipt-labels';
import { type PrintableReport, reportPlace, shiftReportDocument } from '../receipts/shift-report-document';
import { shiftReportEscPos } from '../receipts/shift-report-escpos';
import { operableRegister, type ShiftActor } from '../shifts/shift-actor';
import { sendToPrinter } from './send-to-printer';

/** ESC/POS bytes of an X, close or Z report for a `width` mm printer, in the store's language by default. */
export async function shiftReportBytes(
  ctx: KassaContext,
  printable: PrintableReport,
  width: '58' | '80',
  lang?: ReceiptLanguage,
): Promise<Uint8Array> {
  const place = reportPlace(printable);
  const store = await createStoreRepository(ctx.db).get(place.storeId);
  if (!store) throw new Error(`store ${place.storeId} of a report vanished`);
  const register = await createRegisterRepository(ctx.db).get(place.registerId);
  const doc = shiftReportDocument(printable, store, register?.name ?? '');
  return shiftReportEscPos(doc, RECEIPT_COLUMNS[width], lang ?? receiptLanguageFor(store.locale));
}

/**
 * Prints an X, close or Z report on `registerId`'s receipt printer (a register of the report's
 * store: a manager may print another till's report at the one in front of them).
 * @throws HttpError `printer_not_configured`, `printer_unreachable`, `register_not_found`.
 */
export async function printShiftReport(
  ctx: KassaContext,
  actor: ShiftActor,
  printable: PrintableReport,
  registerId: string,
): Promise<{ printed: true; bytes: number }> {
  const { register, store } = await operableRegister(ctx, actor, registerId);
  if (reportPlace(printable).storeId !== store.id) throw new HttpError('register_not_found');
  if (!register.printer) throw new HttpError('printer_not_configured');
  const bytes = await shiftReportBytes(ctx, printable, register.printer.paper);
  await sendToPrinter(register.printer, bytes);
  return { printed: true, bytes: bytes.length };
}
