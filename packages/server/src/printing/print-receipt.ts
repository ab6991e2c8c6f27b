import type { Sale } from '@kassa/api';
import { createSaleRepository } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import type { ShiftActor } from '../shifts/shift-actor';
import { printPlace, receiptBytes, recordReceiptPrint } from './receipt-print-job';
import { sendToPrinter } from './send-to-printer';

/** Prints of one sale under way in this process: a second waits for the first (see below). */
const printing = new Map<string, Promise<unknown>>();

/**
 * Prints a sale's receipt on `registerId`'s printer (ESC/POS, the receipt number as a barcode for
 * refunds): the original first, copies after. It is counted only once the printer took it, so a
 * print that failed leaves the next one the original, which still opens the drawer; prints of one
 * sale run one after another, so two presses of Print are an original and a copy.
 * @throws HttpError `printer_not_configured`, `printer_unreachable`.
 */
export async function printReceipt(
  ctx: KassaContext,
  actor: ShiftActor,
  sale: Sale,
  registerId: string,
  link?: string,
): Promise<{ printed: true; copy: boolean; bytes: number }> {
  const place = await printPlace(ctx, actor, sale, registerId);
  const { printer } = place.register;
  if (!printer) throw new HttpError('printer_not_configured');
  const before = printing.get(sale.id) ?? Promise.resolve();
  const run = before
    .catch(() => undefined)
    .then(async () => {
      const copy = (await createSaleRepository(ctx.db).receiptPrints(sale.id)) > 0;
      const bytes = await receiptBytes(ctx, place, { copy, paper: printer.paper, link });
      await sendToPrinter(printer, bytes);
      await recordReceiptPrint(ctx, actor, place);
      return { printed: true as const, copy, bytes: bytes.length };
    });
  printing.set(sale.id, run);
  try {
    return await run;
  } finally {
    if (printing.get(sale.id) === run) printing.delete(sale.id);
  }
}
