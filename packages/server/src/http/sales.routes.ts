import type { Sale } from '@kassa/api';
import { createStoreRepository } from '@kassa/db';
import { printReceipt } from '../printing/print-receipt';
import { claimReceiptPrint, printPlace } from '../printing/receipt-print-job';
import { eReceiptUrl } from '../receipts/e-receipt-links';
import { escPosResponse } from '../receipts/escpos-response';
import { renderSaleReceipt } from '../receipts/render-sale-receipt';
import { completeSale } from '../sales/complete-sale';
import { approveDiscount } from '../sales/discount-approvals';
import { listParkedTickets, parkTicket, resumeParkedTicket } from '../sales/parked-tickets';
import { listSales, readSale, readSaleById } from '../sales/read-sales';
import { findRefundableSale, refundSale } from '../sales/refund-sale';
import { returnWithoutReceipt } from '../sales/return-without-receipt';
import { saleActorOf } from '../sales/sale-actor';
import { voidTicket } from '../sales/void-ticket';
import type { AppServices } from './app-services';
import { HttpError } from './http-error';
import type { RouteHandlers } from './route-handlers';

type SaleRoutes = Pick<
  RouteHandlers,
  | 'createSale'
  | 'approveDiscount'
  | 'voidTicket'
  | 'parkTicket'
  | 'listParkedTickets'
  | 'resumeParkedTicket'
  | 'refundableSale'
  | 'refundSale'
  | 'returnWithoutReceipt'
  | 'printReceipt'
  | 'printJob'
  | 'listSales'
  | 'getSale'
  | 'saleReceipt'
  | 'eReceipt'
>;

/** Completing, parking, voiding and refunding sales, reading them back and printing their receipts. */
export function saleRoutes({
  ctx,
  readSaleSetting,
  qrPayments,
  eReceipts,
  publicUrl,
}: AppServices): SaleRoutes {
  // The e-receipt link printed on a sale's receipt (with KASSA_PUBLIC_URL set).
  const linkOf = (sale: Sale) => eReceiptUrl(eReceipts, publicUrl, sale);
  return {
    createSale: async ({ auth, body, replayed }) => {
      const completed = await completeSale(ctx, body, saleActorOf(auth), { readSetting: readSaleSetting });
      if (completed.duplicate) replayed();
      return completed.sale;
    },
    approveDiscount: ({ auth, body }) => approveDiscount(ctx, auth, body),
    voidTicket: async ({ auth, body, replayed }) => {
      const voided = await voidTicket(ctx, auth, body);
      if (voided.duplicate) replayed();
      return voided.ticketVoid;
    },
    parkTicket: async ({ auth, body, replayed }) => {
      const parked = await parkTicket(ctx, auth, body);
      if (parked.duplicate) replayed();
      return parked.parked;
    },
    listParkedTickets: ({ auth, params }) => listParkedTickets(ctx, auth, params.storeId),
    resumeParkedTicket: ({ auth, params, body }) => resumeParkedTicket(ctx, auth, params.id, body.registerId),
    refundableSale: ({ auth, params }) => findRefundableSale(ctx, auth, params.receiptNo),
    refundSale: async ({ auth, body, replayed }) => {
      const refunded = await refundSale(ctx, qrPayments.gateways, auth, body);
      if (refunded.duplicate) replayed();
      return refunded.refund;
    },
    returnWithoutReceipt: async ({ auth, body, replayed }) => {
      const taken = await returnWithoutReceipt(ctx, auth, body);
      if (taken.duplicate) replayed();
      return taken.returned;
    },
    printReceipt: async ({ auth, params, body }) => {
      const sale = await readSale(ctx, auth, params.id);
      return printReceipt(ctx, auth, sale, body.registerId, await linkOf(sale));
    },
    printJob: async ({ auth, params, body }) => {
      const sale = await readSale(ctx, auth, params.id);
      const place = await printPlace(ctx, auth, sale, body.registerId);
      const job = await claimReceiptPrint(ctx, auth, place, body.width, await linkOf(sale));
      return escPosResponse(job.bytes, sale.receiptNo, { 'kassa-receipt-copy': String(job.copy) });
    },
    listSales: ({ auth, query }) => listSales(ctx, auth, query),
    getSale: ({ auth, params }) => readSale(ctx, auth, params.id),
    saleReceipt: async ({ auth, params, query }) => {
      const sale = await readSale(ctx, auth, params.id);
      const store = await createStoreRepository(ctx.db).get(sale.storeId);
      if (!store) throw new HttpError('sale_not_found');
      return renderSaleReceipt(ctx, sale, store, query, await linkOf(sale));
    },
    eReceipt: async ({ params }) => {
      const saleId = await eReceipts.saleIdOf(params.token);
      const sale = saleId === null ? undefined : await readSaleById(ctx, saleId);
      const store = sale && (await createStoreRepository(ctx.db).get(sale.storeId));
      if (!sale || !store) throw new HttpError('e_receipt_not_found');
      return renderSaleReceipt(ctx, sale, store, { format: 'html', width: '80' });
    },
  };
}
