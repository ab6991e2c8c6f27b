import type { Sale } from '@kassa/api';
import {
  createEventRepository,
  createRegisterRepository,
  createStoreRepository,
  groupCommit,
} from '@kassa/db';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import type { KassaContext } from '../kassa-context';
import { RECEIPT_COLUMNS, receiptEscPos } from '../receipts/receipt-escpos';
import { receiptLanguageFor } from '../receipts/receipt-labels';
import { saleReceiptDocument } from '../receipts/sale-receipt-document';
import { operableRegister, type ShiftActor } from '../shifts/shift-actor';
import { toApiStore } from '../stores/store-view';
import { sendToPrinter } from './send-to-printer';

/**
 * Prints a sale's receipt on `registerId`'s printer (ESC/POS, the receipt number as a barcode for
 * refunds). The first print of a cash sale opens the drawer; a `copy` says so on the paper and is
 * journaled (`receipt_copy`), so a reprint can never pass for a second sale.
 * @throws HttpError `printer_not_configured`, `printer_unreachable`.
 */
export async function printReceipt(
  ctx: KassaContext,
  actor: ShiftActor,
  sale: Sale,
  registerId: string,
  copy: boolean,
): Promise<{ printed: true; bytes: number }> {
  const { register, store } = await operableRegister(ctx, actor, registerId);
  if (sale.storeId !== store.id) throw new HttpError('sale_not_found');
  if (!register.printer) throw new HttpError('printer_not_configured');
  const soldAt = await createRegisterRepository(ctx.db).get(sale.registerId);
  const storeRow = await createStoreRepository(ctx.db).get(sale.storeId);
  if (!storeRow) throw new HttpError('sale_not_found');
  const doc = saleReceiptDocument(sale, toApiStore(storeRow), soldAt?.name ?? '');
  const kickDrawer = !copy && sale.tenders.some((tender) => tender.kind === 'cash');
  const bytes = receiptEscPos(
    doc,
    RECEIPT_COLUMNS[register.printer.paper],
    receiptLanguageFor(store.locale),
    {
      copy,
      kickDrawer,
    },
  );
  await sendToPrinter(register.printer, bytes);
  if (copy) {
    const at = ctx.clock();
    await groupCommit(ctx.db, async (trx) => {
      await appendJournalFact(trx, {
        storeId: store.id,
        kind: 'receipt_copy',
        refId: sale.id,
        at,
        payload: {
          saleId: sale.id,
          receiptNo: sale.receiptNo,
          registerId: register.id,
          staffId: actor.staffId,
        },
      });
      await createEventRepository(trx).append({
        storeId: store.id,
        type: 'receipt.reprinted',
        refId: sale.id,
        payload: { saleId: sale.id, registerId: register.id },
        createdAt: at,
      });
    });
  }
  return { printed: true, bytes: bytes.length };
}
