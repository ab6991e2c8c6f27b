import { z } from 'zod';
import { defineRoute } from './route';
import { EReceiptParams, ReceiptQuery, SaleParams } from './schemas/sale';
import { PrintBody, PrintJobBody } from './schemas/store';

/**
 * A sale's receipt: printed at a register (by whoever sells there: the original opens the drawer),
 * as a page or printer bytes, and as the e-receipt a customer opens by the link on it.
 */
export const receiptRoutes = {
  printReceipt: defineRoute({
    method: 'POST',
    path: '/api/v1/sales/{id}/print',
    summary:
      "Print a sale's receipt on the register's printer: first the original, then copies (marked, journaled)",
    tag: 'sales',
    access: 'sale.create',
    params: SaleParams,
    body: PrintBody,
    response: z.object({ printed: z.literal(true), copy: z.boolean(), bytes: z.int() }),
    errors: [
      'sale_not_found',
      'printer_not_configured',
      'printer_unreachable',
      'register_not_found',
      'register_mismatch',
    ],
  }),
  printJob: defineRoute({
    method: 'POST',
    path: '/api/v1/sales/{id}/print-job',
    summary:
      "A sale's receipt as ESC/POS bytes for a printer attached to the register (USB or serial): original first, then copies (marked, journaled)",
    tag: 'sales',
    access: 'sale.create',
    params: SaleParams,
    body: PrintJobBody,
    response: { raw: 'bytes' },
    errors: ['sale_not_found', 'register_not_found', 'register_mismatch'],
  }),
  saleReceipt: defineRoute({
    method: 'GET',
    path: '/api/v1/sales/{id}/receipt',
    summary: 'The receipt as a printable HTML page, or as ESC/POS bytes for a 58 or 80 mm printer',
    tag: 'sales',
    access: 'sale.read',
    params: SaleParams,
    query: ReceiptQuery,
    response: { raw: 'html-or-bytes' },
    errors: ['sale_not_found'],
  }),
  eReceipt: defineRoute({
    method: 'GET',
    path: '/api/v1/e-receipts/{token}',
    summary:
      "A sale's e-receipt (电子小票) as an HTML page, by the signed link printed on its receipt; no sign-in",
    tag: 'sales',
    access: 'public',
    params: EReceiptParams,
    response: { raw: 'html' },
    errors: ['e_receipt_not_found'],
  }),
} as const;
