import type { Sale } from '@kassa/api';
import {
  createEventRepository,
  createRegisterRepository,
  createSaleRepository,
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
 * refunds). The server decides what it is: the first print is the original, and opens the drawer
 * for a cash sale at the register that made it; every later print says COPY on the paper, keeps
 * the drawer shut and is journaled (`receipt_copy`), so a reprint can never pass for a second sale
 * or open the drawer unrecorded.
 * @throws HttpError `printer_not_configured`, `printer_unreachable`.
 */
export async function printReceipt(
  ctx: KassaContext,
  actor: ShiftActor,
  sale: Sale,
  registerId: string,
): Promise<{ printed: true; copy: boolean; bytes: number }> {
  const { register, store } = await operableRegister(ctx, actor, registerId);
  if (sale.storeId !== store.id) throw new HttpError('sale_not_found');
  if (!register.printer) throw new HttpError('printer_not_configured');
  const copy = (await createSaleRepository(ctx.db).receiptPrints(sale.id)) > 0;
  const soldAt = await createRegisterRepository(ctx.db).get(sale.registerId);
  const storeRow = await createStoreRepository(ctx.db).get(sale.storeId);
  if (!storeRow) throw new HttpError('sale_not_found');
  const doc = saleReceiptDocument(sale, toApiStore(storeRow), soldAt?.name ?? '');
  const kickDrawer = !copy && sale.registerId === register.id && sale.tenders.some((t) => t.kind === 'cash');
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
  const at = ctx.clock();
  await groupCommit(ctx.db, async (trx) => {
    await createSaleRepository(trx).countPrint(sale.id);
    if (!copy) return;
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
  return { printed: true, copy, bytes: bytes.length };
}
