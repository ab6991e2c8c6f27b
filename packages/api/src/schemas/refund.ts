import { z } from 'zod';
import { EpochMs, Quantity, Text, Uuid } from './common';
import { Sale } from './sale';

/** A refund (退货) by receipt: which lines, how much of each, and whether the goods are damaged. */
export const RefundBody = z.strictObject({
  /** UUIDv7 made by the register: posting it again answers the first refund. */
  id: Uuid,
  saleId: Uuid,
  registerId: Uuid,
  shiftId: Uuid,
  at: EpochMs,
  lines: z
    .array(
      z.strictObject({
        lineId: Uuid,
        quantity: Quantity,
        /** The goods go to damaged instead of back on the shelf. */
        damaged: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(500)
    .superRefine((lines, ctx) => {
      const seen = new Set<string>();
      lines.forEach((line, index) => {
        if (seen.has(line.lineId))
          ctx.addIssue({ code: 'custom', path: [index, 'lineId'], message: 'each line once per refund' });
        seen.add(line.lineId);
      });
    }),
  reason: Text(1, 200).optional(),
});

export const Refund = z
  .object({
    id: Uuid,
    saleId: Uuid,
    receiptNo: z.string(),
    registerId: Uuid,
    shiftId: Uuid,
    staffId: Uuid,
    at: EpochMs,
    total: z.int(),
    lines: z.array(
      z.object({ lineId: Uuid, name: z.string(), quantity: z.int(), amount: z.int(), damaged: z.boolean() }),
    ),
    /** What goes back through each of the sale's tenders: cash out of the drawer, card by reference. */
    tenders: z.array(
      z.object({
        kind: z.string(),
        amount: z.int(),
        reference: z.string().nullable(),
        brand: z.string().nullable(),
        last4: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Refund' });

/** A sale found by its receipt number, with what each line was paid and has been refunded. */
export const RefundableSale = z
  .object({
    sale: Sale,
    lines: z.array(
      z.object({
        lineId: Uuid,
        quantity: z.int(),
        paid: z.int(),
        refundedQuantity: z.int(),
        refundedAmount: z.int(),
      }),
    ),
  })
  .meta({ id: 'RefundableSale' });

export const ReceiptNoParams = z.strictObject({ receiptNo: z.string().min(1).max(40) });

export type RefundBody = z.infer<typeof RefundBody>;
export type Refund = z.infer<typeof Refund>;
export type RefundableSale = z.infer<typeof RefundableSale>;
