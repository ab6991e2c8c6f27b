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

/** A sale's receipt ready for one register's printer, and whether it is a copy. */
export type ReceiptPrintJob = {
  readonly sale: Sale;
  readonly register: Register;
  readonly store: Store;
  readonly copy: boolean;
  readonly bytes: Uint8Array;
};

/**
 * The ESC/POS bytes of a sale's receipt for `registerId`'s printer, `paper` wide (by default its
 * configured printer's width). The server
 * decides what it is: the first print is the original, and opens the drawer for a cash sale at
 * the register that made it; every later one says COPY on the paper and keeps the drawer shut.
 * @throws HttpError `register_not_found`, `register_mismatch`, `sale_not_found`.
 */
export async function receiptPrintJob(
  ctx: KassaContext,
  actor: ShiftActor,
  sale: Sale,
  registerId: string,
  paper?: '58' | '80',
  link?: string,
): Promise<ReceiptPrintJob> {
  const { register, store } = await operableRegister(ctx, actor, registerId);
  if (sale.storeId !== store.id) throw new HttpError('sale_not_found');
  const copy = (await createSaleRepository(ctx.db).receiptPrints(sale.id)) > 0;
  const soldAt = await createRegisterRepository(ctx.db).get(sale.registerId);
  const storeRow = await createStoreRepository(ctx.db).get(sale.storeId);
  if (!storeRow) throw new HttpError('sale_not_found');
  const doc = saleReceiptDocument(sale, toApiStore(storeRow), soldAt?.name ?? '', link);
  const kickDrawer = !copy && sale.registerId === register.id && sale.tenders.some((t) => t.kind === 'cash');
  const bytes = receiptEscPos(
    doc,
    RECEIPT_COLUMNS[paper ?? register.printer?.paper ?? '80'],
    receiptLanguageFor(store.locale),
    {
      copy,
      kickDrawer,
    },
  );
  return { sale, register, store, copy, bytes };
}

/**
 * Counts a printed receipt; a copy is journaled (`receipt_copy`) and announced, so a reprint can
 * never pass for a second sale or open the drawer unrecorded.
 */
export async function recordReceiptPrint(
  ctx: KassaContext,
  actor: ShiftActor,
  job: ReceiptPrintJob,
): Promise<void> {
  const { sale, register, store } = job;
  const at = ctx.clock();
  await groupCommit(ctx.db, async (trx) => {
    await createSaleRepository(trx).countPrint(sale.id);
    if (!job.copy) return;
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

/**
 * A receipt for a printer attached to the register's browser (WebUSB, Web Serial): counted when
 * it is handed out, since the server cannot see the paper. A print the browser then fails makes
 * the next one a copy: never a second original (and a second drawer kick) unrecorded.
 */
export async function claimReceiptPrint(
  ctx: KassaContext,
  actor: ShiftActor,
  sale: Sale,
  registerId: string,
  paper: '58' | '80',
  link?: string,
): Promise<ReceiptPrintJob> {
  const job = await receiptPrintJob(ctx, actor, sale, registerId, paper, link);
  await recordReceiptPrint(ctx, actor, job);
  return job;
}
