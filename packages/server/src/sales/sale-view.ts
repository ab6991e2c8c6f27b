import type { Sale as ApiSale, SaleSummary } from '@kassa/api';
import type { NewSale, SaleHeader } from '@kassa/db';

/** A stored sale header as the API lists it. */
export function toApiSaleSummary(sale: SaleHeader | NewSale, staffName: string): SaleSummary {
  return {
    id: sale.id,
    storeId: sale.storeId,
    registerId: sale.registerId,
    staffId: sale.staffId,
    staffName,
    receiptNo: sale.receiptNo,
    currency: sale.currency,
    createdAt: sale.createdAt,
    recordedAt: sale.recordedAt,
    businessDate: sale.businessDate,
    lineCount: 'lineCount' in sale ? sale.lineCount : sale.lines.length,
    subtotal: sale.subtotal,
    discountTotal: sale.discountTotal,
    taxTotal: sale.taxTotal,
    netTotal: sale.netTotal,
    total: sale.total,
    cashRounding: sale.cashRounding,
    dueAfterRounding: sale.dueAfterRounding,
    paidTotal: sale.paidTotal,
    change: sale.changeTotal,
    training: sale.training,
  };
}

/** A stored sale, with lines and tenders, as the API shows it. */
export function toApiSale(sale: NewSale, staffName: string): ApiSale {
  return {
    ...toApiSaleSummary(sale, staffName),
    lines: sale.lines.map((line) => ({
      id: line.id,
      lineNo: line.lineNo,
      productId: line.productId,
      sku: line.sku,
      name: line.name,
      unit: line.unit,
      barcode: line.barcode,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      gross: line.gross,
      lineDiscount: line.lineDiscount,
      ticketDiscount: line.ticketDiscount,
      amount: line.amount,
      net: line.net,
      tax: line.tax,
      taxRatePpm: line.taxRatePpm,
      listPrice: line.listPrice,
    })),
    tenders: sale.tenders.map((tender) => ({
      kind: tender.kind,
      amount: tender.amount,
      tendered: tender.tendered,
      reference: tender.reference,
      brand: tender.brand,
      last4: tender.last4,
    })),
  };
}
