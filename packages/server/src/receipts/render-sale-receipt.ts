import type { Sale } from '@kassa/api';
import { createRegisterRepository, type Store } from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import { toApiStore } from '../stores/store-view';
import { escPosResponse } from './escpos-response';
import { RECEIPT_COLUMNS, receiptEscPos } from './receipt-escpos';
import { renderReceiptHtml } from './receipt-html';
import { type ReceiptLanguage, receiptLanguageFor } from './receipt-labels';
import { saleReceiptDocument } from './sale-receipt-document';

/** How a receipt is asked for. */
export type ReceiptRequest = {
  readonly format: 'html' | 'escpos';
  readonly width: '58' | '80';
  /** Defaults to the store's locale. */
  readonly lang?: ReceiptLanguage | undefined;
};

/** The receipt of a stored sale as an HTML page or ESC/POS bytes, with its e-receipt `link` when given. */
export async function renderSaleReceipt(
  ctx: KassaContext,
  sale: Sale,
  store: Store,
  request: ReceiptRequest,
  link?: string,
): Promise<Response> {
  const register = await createRegisterRepository(ctx.db).get(sale.registerId);
  const doc = saleReceiptDocument(sale, toApiStore(store), register?.name ?? '', link);
  const lang = request.lang ?? receiptLanguageFor(store.locale);
  if (request.format === 'escpos') {
    const bytes = receiptEscPos(doc, RECEIPT_COLUMNS[request.width], lang);
    return escPosResponse(bytes, sale.receiptNo);
  }
  return new Response(renderReceiptHtml(doc, request.width, lang), {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
