import type { Sale } from '@kassa/api';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import type { ShiftActor } from '../shifts/shift-actor';
import { receiptPrintJob, recordReceiptPrint } from './receipt-print-job';
import { sendToPrinter } from './send-to-printer';

/**
 * Prints a sale's receipt on `registerId`'s printer (ESC/POS, the receipt number as a barcode for
 * refunds): the original first, copies after (see {@link receiptPrintJob}). It is counted only
 * once the printer took it, so a print that failed leaves the next one the original, which still
 * opens the drawer.
 * @throws HttpError `printer_not_configured`, `printer_unreachable`.
 */
export async function printReceipt(
  ctx: KassaContext,
  actor: ShiftActor,
  sale: Sale,
  registerId: string,
  link?: string,
): Promise<{ printed: true; copy: boolean; bytes: number }> {
  const job = await receiptPrintJob(ctx, actor, sale, registerId, undefined, link);
  if (!job.register.printer) throw new HttpError('printer_not_configured');
  await sendToPrinter(job.register.printer, job.bytes);
  await recordReceiptPrint(ctx, actor, job);
  return { printed: true, copy: job.copy, bytes: job.bytes.length };
}
