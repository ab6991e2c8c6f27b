import { z } from 'zod';
import {
  Amount,
  Cursor,
  Discount,
  EpochMs,
  Limit,
  MAX_AMOUNT,
  pageOf,
  Quantity,
  ScanCode,
  Text,
  Unit,
  Uuid,
} from './common';

export const SaleLineInput = z.strictObject({
  id: Uuid,
  productId: Uuid,
  quantity: Quantity,
  /** The unit price the register showed; the server checks it against the catalogue. */
  unitPrice: Amount,
  /** The code scanned, when the line came from a scan; a scale label's price is taken from it. */
  barcode: ScanCode.optional(),
  discount: Discount.optional(),
  /**
   * The price the cashier charged instead of `unitPrice` (改价; `unitPrice` stays the catalogue
   * price the register showed). Below it, it counts against the seller's discount limit.
   */
  overridePrice: Amount.optional(),
  /** A manager's approval of this line's reduction beyond the cashier's limit (see `approveDiscount`). */
  approvalId: Uuid.optional(),
});

/** A line's gross (unit price × quantity) must itself be an amount the API accepts. */
const grossWithinLimit = (line: { readonly unitPrice: number; readonly quantity: number }) =>
  (BigInt(line.unitPrice) * BigInt(line.quantity)) / 1000n <= BigInt(MAX_AMOUNT);
const GROSS_TOO_LARGE = { message: 'unit price × quantity is too large', path: ['quantity'] };

/** A line removed from the ticket before payment (作废), as it stood when removed. */
export const VoidedLineInput = z
  .strictObject({
    lineId: Uuid,
    productId: Uuid,
    quantity: Quantity,
    unitPrice: Amount,
    at: EpochMs,
  })
  .refine(grossWithinLimit, GROSS_TOO_LARGE);

export const TenderInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cash'), amount: Amount.min(1) }),
  z.strictObject({
    kind: z.literal('card'),
    amount: Amount.min(1),
    reference: Text(1, 64),
    brand: Text(1, 32).optional(),
    last4: z
      .string()
      .regex(/^\d{4}$/, 'the last 4 digits of the card')
      .optional(),
  }),
  /** A QR payment that succeeded (see `createQrPayment`), for exactly its amount. */
  z.strictObject({ kind: z.literal('qr'), amount: Amount.min(1), paymentId: Uuid }),
]);

/**
 * A finished sale as the register saw it. `id` is the UUIDv7 the register made when the sale began:
 * posting the same body again returns the first result; the same id with another body is a 409.
 */
export const CreateSaleBody = z.strictObject({
  id: Uuid,
  registerId: Uuid,
  /** The register's open shift the sale was made in. */
  shiftId: Uuid,
  /**
   * The receipt number the register gave the sale from its own durable sequence (so it can print
   * the receipt offline); the server numbers it when absent, or when another sale has that number.
   */
  receiptSeq: z.int().min(1).max(999_999_999).optional(),
  /** Rung up in training mode: the register must still be in it (else 409 `training_mismatch`). */
  training: z.literal(true).optional(),
  createdAt: EpochMs,
  lines: z
    .array(SaleLineInput)
    .min(1)
    .max(500)
    .superRefine((lines, ctx) => {
      const seen = new Set<string>();
      lines.forEach((line, index) => {
        if (seen.has(line.id))
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'line ids must be unique' });
        seen.add(line.id);
      });
    }),
  discount: Discount.optional(),
  /** A manager's approval of the sale discount beyond the cashier's limit. */
  discountApprovalId: Uuid.optional(),
  /** Lines the cashier removed before payment: recorded with the sale, never silently dropped. */
  voids: z.array(VoidedLineInput).max(500).optional(),
  tenders: z.array(TenderInput).min(1).max(20),
  /** The total the register showed the customer, before cash rounding; must match the server's. */
  expectedTotal: Amount,
});

export const SaleLine = z.object({
  id: Uuid,
  lineNo: z.int(),
  productId: Uuid,
  sku: z.string(),
  name: z.string(),
  unit: Unit,
  barcode: z.string().nullable(),
  quantity: z.int(),
  unitPrice: z.int(),
  gross: z.int(),
  lineDiscount: z.int(),
  ticketDiscount: z.int(),
  amount: z.int(),
  net: z.int(),
  tax: z.int(),
  taxRatePpm: z.int(),
  /** The catalogue price when the cashier overrode `unitPrice` (改价); null otherwise. */
  listPrice: z.int().nullable(),
});

export const SaleTender = z.object({
  kind: z.string(),
  amount: z.int(),
  tendered: z.int(),
  reference: z.string().nullable(),
  brand: z.string().nullable(),
  last4: z.string().nullable(),
});

const saleSummaryFields = {
  id: Uuid,
  storeId: Uuid,
  registerId: Uuid,
  staffId: Uuid,
  staffName: z.string(),
  receiptNo: z.string(),
  currency: z.string(),
  createdAt: EpochMs,
  recordedAt: EpochMs,
  businessDate: z.string(),
  lineCount: z.int(),
  subtotal: z.int(),
  discountTotal: z.int(),
  taxTotal: z.int(),
  netTotal: z.int(),
  total: z.int(),
  cashRounding: z.int(),
  dueAfterRounding: z.int(),
  paidTotal: z.int(),
  change: z.int(),
  /** A training sale: numbered `…-T000001`, kept out of stock, shifts and reports. */
  training: z.boolean(),
};

export const SaleSummary = z.object(saleSummaryFields).meta({ id: 'SaleSummary' });

export const Sale = z
  .object({ ...saleSummaryFields, lines: z.array(SaleLine), tenders: z.array(SaleTender) })
  .meta({ id: 'Sale' });

export const SaleParams = z.strictObject({ id: Uuid });

export const SaleQuery = z.strictObject({
  storeId: Uuid,
  from: z.coerce.number().pipe(EpochMs).optional(),
  to: z.coerce.number().pipe(EpochMs).optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});

export const SalePage = pageOf(SaleSummary).meta({ id: 'SalePage' });

/** The signed part of an e-receipt link: the sale id, a dot, and 22 base64url characters. */
export const EReceiptParams = z.strictObject({ token: z.string().max(80) });

export const ReceiptQuery = z.strictObject({
  format: z.enum(['html', 'escpos']).default('html'),
  width: z.enum(['58', '80']).default('80'),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

/**
 * A whole ticket abandoned before payment (整单作废): its lines as they stood, plus lines removed
 * earlier. `id` is the ticket's id (the sale id it would have had); posting it again is harmless.
 */
export const VoidTicketBody = z
  .strictObject({
    id: Uuid,
    registerId: Uuid,
    shiftId: Uuid,
    at: EpochMs,
    lines: z
      .array(
        z
          .strictObject({ lineId: Uuid, productId: Uuid, quantity: Quantity, unitPrice: Amount })
          .refine(grossWithinLimit, GROSS_TOO_LARGE),
      )
      .max(500),
    voids: z.array(VoidedLineInput).max(500).optional(),
    reason: Text(1, 200).optional(),
  })
  .refine((body) => body.lines.length > 0 || (body.voids?.length ?? 0) > 0, {
    message: 'a voided ticket has at least one line',
    path: ['lines'],
  });

export const TicketVoid = z
  .object({
    id: Uuid,
    registerId: Uuid,
    shiftId: Uuid,
    staffId: Uuid,
    at: EpochMs,
    lineCount: z.int(),
    amount: z.int(),
  })
  .meta({ id: 'TicketVoid' });

export type VoidedLineInput = z.infer<typeof VoidedLineInput>;
export type VoidTicketBody = z.infer<typeof VoidTicketBody>;
export type TicketVoid = z.infer<typeof TicketVoid>;
export type SaleLineInput = z.infer<typeof SaleLineInput>;
export type TenderInput = z.infer<typeof TenderInput>;
export type CreateSaleBody = z.infer<typeof CreateSaleBody>;
export type Sale = z.infer<typeof Sale>;
export type SaleSummary = z.infer<typeof SaleSummary>;
