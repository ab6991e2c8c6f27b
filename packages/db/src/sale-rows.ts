import type { Insertable, Selectable } from 'kysely';
import { fromJsonText, toNullableJsonText } from './json-text';
import type { NewSale, SaleHeader, SaleLine, SaleTender } from './sale';
import type { SaleLinesTable, SalesTable, SaleTendersTable } from './schema';

// Sale ↔ row mapping, kept apart so sale-repository.ts reads as queries only.

/** The `sales` row of a sale. */
export function toSaleRow(sale: NewSale): Insertable<SalesTable> {
  return {
    id: sale.id,
    store_id: sale.storeId,
    register_id: sale.registerId,
    staff_id: sale.staffId,
    receipt_no: sale.receiptNo,
    receipt_seq: sale.receiptSeq,
    currency: sale.currency,
    subtotal: sale.subtotal,
    discount_total: sale.discountTotal,
    tax_total: sale.taxTotal,
    net_total: sale.netTotal,
    total: sale.total,
    cash_rounding: sale.cashRounding,
    due_after_rounding: sale.dueAfterRounding,
    paid_total: sale.paidTotal,
    change_total: sale.changeTotal,
    ticket_discount_json: toNullableJsonText(sale.ticketDiscount),
    created_at: sale.createdAt,
    recorded_at: sale.recordedAt,
    business_date: sale.businessDate,
    request_hash: sale.requestHash,
    line_count: sale.lines.length,
    shift_id: sale.shiftId,
    training: sale.training ? 1 : 0,
  };
}

/** A `sales` row as a sale header. */
export function toSaleHeader(row: Selectable<SalesTable>): SaleHeader {
  return {
    id: row.id,
    storeId: row.store_id,
    registerId: row.register_id,
    staffId: row.staff_id,
    receiptNo: row.receipt_no,
    receiptSeq: row.receipt_seq,
    currency: row.currency,
    subtotal: row.subtotal,
    discountTotal: row.discount_total,
    taxTotal: row.tax_total,
    netTotal: row.net_total,
    total: row.total,
    cashRounding: row.cash_rounding,
    dueAfterRounding: row.due_after_rounding,
    paidTotal: row.paid_total,
    changeTotal: row.change_total,
    ticketDiscount: fromJsonText(row.ticket_discount_json),
    createdAt: row.created_at,
    recordedAt: row.recorded_at,
    businessDate: row.business_date,
    requestHash: row.request_hash,
    lineCount: row.line_count,
    shiftId: row.shift_id,
    training: row.training === 1,
  };
}

/** The `sale_lines` row of a line. */
export function toSaleLineRow(saleId: string, line: SaleLine): Insertable<SaleLinesTable> {
  return {
    id: line.id,
    sale_id: saleId,
    line_no: line.lineNo,
    product_id: line.productId,
    sku: line.sku,
    name: line.name,
    unit: line.unit,
    barcode: line.barcode,
    quantity: line.quantity,
    unit_price: line.unitPrice,
    gross: line.gross,
    line_discount: line.lineDiscount,
    ticket_discount: line.ticketDiscount,
    amount: line.amount,
    net: line.net,
    tax: line.tax,
    tax_rate_ppm: line.taxRatePpm,
    unit_cost: line.unitCost,
    list_price: line.listPrice,
    discount_json: toNullableJsonText(line.discount),
  };
}

/** A `sale_lines` row as a line. */
export function toSaleLine(row: Selectable<SaleLinesTable>): SaleLine {
  return {
    id: row.id,
    lineNo: row.line_no,
    productId: row.product_id,
    sku: row.sku,
    name: row.name,
    unit: row.unit,
    barcode: row.barcode,
    quantity: row.quantity,
    unitPrice: row.unit_price,
    gross: row.gross,
    lineDiscount: row.line_discount,
    ticketDiscount: row.ticket_discount,
    amount: row.amount,
    net: row.net,
    tax: row.tax,
    taxRatePpm: row.tax_rate_ppm,
    unitCost: row.unit_cost,
    listPrice: row.list_price,
    discount: fromJsonText(row.discount_json),
  };
}

/** The `sale_tenders` row of a tender. */
export function toSaleTenderRow(saleId: string, tender: SaleTender): Insertable<SaleTendersTable> {
  return {
    id: tender.id,
    sale_id: saleId,
    tender_no: tender.tenderNo,
    kind: tender.kind,
    amount: tender.amount,
    tendered: tender.tendered,
    reference: tender.reference,
    brand: tender.brand,
    last4: tender.last4,
  };
}

/** A `sale_tenders` row as a tender. */
export function toSaleTender(row: Selectable<SaleTendersTable>): SaleTender {
  return {
    id: row.id,
    tenderNo: row.tender_no,
    kind: row.kind,
    amount: row.amount,
    tendered: row.tendered,
    reference: row.reference,
    brand: row.brand,
    last4: row.last4,
  };
}
