import type { Sale } from '@kassa/api';
import {
  createEventRepository,
  createRegisterRepository,
  createSaleRepository,
  createStoreRepository,
  groupCommit,
  type Register,
  type Store,
} from '@kassa/db';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import type { KassaContext } from '../kassa-context';
import { RECEIPT_COLUMNS, receiptEscPos } from '../receipts/receipt-escpos';
import { receiptLanguageFor } from '../receipts/receipt-labels';
import { saleReceiptDocument } from '../receipts/sale-receipt-document';
import { operableRegister, type ShiftActor } from '../shifts/shift-actor';
import { toApiStore } from '../stores/store-view';

/** Where a sale's receipt prints: a register of the sale's store the actor may work at. */
export type PrintPlace = { readonly sale: Sale; readonly register: Register; readonly store: Store };

/** @throws HttpError `register_not_found`, `register_mismatch`, `sale_not_found`. */
export async function printPlace(
  ctx: KassaContext,
  actor: ShiftActor,
  sale: Sale,
  registerId: string,
): Promise<PrintPlace> {
  const { register, store } = await operableRegister(ctx, actor, registerId);
  if (sale.storeId !== store.id) throw new HttpError('sale_not_found');
  return { sale, register, store };
}

/**
 * The ESC/POS bytes of a sale's receipt, `paper` wide. The original opens the drawer for a cash
 * sale at the register that made it; a copy says COPY on the paper and keeps the drawer shut.
 */
export async function receiptBytes(
  ctx: KassaContext,
  { sale, register, store }: PrintPlace,
  options: { readonly copy: boolean; readonly paper: '58' | '80'; readonly link?: string | undefined },
): Promise<Uint8Array> {
  const soldAt = await createRegisterRepository(ctx.db).get(sale.registerId);
  const storeRow = await createStoreRepository(ctx.db).get(sale.storeId);
  if (!storeRow) throw new HttpError('sale_not_found');
  const doc = saleReceiptDocument(sale, toApiStore(storeRow), soldAt?.name ?? '', options.link);
  const kickDrawer =
    !options.copy && sale.registerId === register.id && sale.tenders.some((t) => t.kind === 'cash');
  return receiptEscPos(doc, RECEIPT_COLUMNS[options.paper], receiptLanguageFor(store.locale), {
    copy: options.copy,
    kickDrawer,
  });
}

/**
 * Counts a print of the receipt and says whether it was a copy (not the first count). A copy is
 * journaled (`receipt_copy`) and announced in the same transaction, so a reprint can never pass
 * for a second sale or open the drawer unrecorded.
 */
export async function recordReceiptPrint(
  ctx: KassaContext,
  actor: ShiftActor,
  { sale, register, store }: PrintPlace,
): Promise<{ copy: boolean }> {
  const at = ctx.clock();
  return groupCommit(ctx.db, async (trx) => {
    const copy = (await createSaleRepository(trx).countPrint(sale.id)) > 1;
    if (!copy) return { copy };
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
    return { copy };
  });
}

/**
 * A receipt for a printer attached to the register's browser (WebUSB, Web Serial): counted first,
 * atomically, so of two claims at once only one is the original; the server cannot see the paper,
 * so the register keeps these bytes to try again if its printer fails (see the web's use-printing).
 */
export async function claimReceiptPrint(
  ctx: KassaContext,
  actor: ShiftActor,
  place: PrintPlace,
  paper: '58' | '80',
  link?: string,
): Promise<{ copy: boolean; bytes: Uint8Array }> {
  const { copy } = await recordReceiptPrint(ctx, actor, place);
  return { copy, bytes: await receiptBytes(ctx, place, { copy, paper, link }) };
}
