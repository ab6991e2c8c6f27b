import type { Sale, Store } from '@kassa/api';
import {
  parseScaleBarcode,
  type ReceiptDocument,
  type ScaleBarcodeTemplate,
  type TaxRateTotal,
} from '@kassa/core';

/**
 * The core receipt document of a stored sale. Every figure is the stored one: totals are never
 * recomputed after the sale was recorded (a later change of tax rules must not change a receipt).
 * Tax per rate is the sum of the stored line figures. `link` is its e-receipt's address.
 */
export function saleReceiptDocument(
  sale: Sale,
  store: Store,
  registerName: string,
  link?: string,
): ReceiptDocument {
  const templates = store.scaleBarcodeTemplates as readonly ScaleBarcodeTemplate[];
  const byRate = new Map<number, TaxRateTotal>();
  for (const line of sale.lines) {
    const current = byRate.get(line.taxRatePpm) ?? { ratePpm: line.taxRatePpm, net: 0, tax: 0, gross: 0 };
    byRate.set(line.taxRatePpm, {
      ratePpm: line.taxRatePpm,
      net: current.net + line.net,
      tax: current.tax + line.tax,
      gross: current.gross + line.net + line.tax,
    });
  }
  return {
    store: {
      name: store.name,
      ...(store.address ? { address: store.address } : {}),
      ...(store.phone ? { phone: store.phone } : {}),
    },
    receiptNo: sale.receiptNo,
    registerName,
    cashierName: sale.staffName,
    at: sale.createdAt,
    timeZone: store.timeZone,
    currency: sale.currency,
    lines: sale.lines.map((line) => {
      const label = line.barcode === null ? null : parseScaleBarcode(line.barcode, templates);
      return {
        name: line.name,
        quantity: line.quantity,
        unit: line.unit,
        unitPrice: line.unitPrice,
        gross: line.gross,
        discount: line.lineDiscount + line.ticketDiscount,
        amount: line.amount,
        ...(label?.kind === 'price' ? { fixedAmount: true } : {}),
      };
    }),
    subtotal: sale.subtotal,
    discountTotal: sale.discountTotal,
    taxTotal: sale.taxTotal,
    taxByRate: [...byRate.values()].sort((a, b) => a.ratePpm - b.ratePpm),
    total: sale.total,
    cashRounding: sale.cashRounding,
    dueAfterRounding: sale.dueAfterRounding,
    tenders: sale.tenders.map((t) => ({
      kind: t.kind === 'card' || t.kind === 'qr' ? t.kind : 'cash',
      amount: t.amount,
      tendered: t.tendered,
      ...(t.reference === null ? {} : { reference: t.reference }),
      ...(t.brand === null ? {} : { brand: t.brand }),
      ...(t.last4 === null ? {} : { last4: t.last4 }),
    })),
    change: sale.change,
    taxMode: store.taxMode,
    ...(store.receiptFooter ? { footer: store.receiptFooter } : {}),
    ...(sale.training ? { training: true as const } : {}),
    barcode: sale.receiptNo,
    ...(link === undefined ? {} : { link }),
  };
}
