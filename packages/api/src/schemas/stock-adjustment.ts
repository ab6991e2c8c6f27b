import { z } from 'zod';
import { EpochMs, Text, Uuid } from './common';
import { stockLines } from './stock-lines';

/** A quantity to adjust by, in thousandths of the unit: at most a million units either way. */
const AdjustedQuantity = z
  .int()
  .min(-1_000_000_000)
  .max(1_000_000_000)
  .refine((quantity) => quantity !== 0, 'must not be 0');

/**
 * Write goods off (报损: damaged, expired, stolen) or correct a location's count (盘盈 / 盘亏 found by
 * hand), with the reason; `id` is made by the client, so sending it again answers the first result.
 * A write-off's quantities are what goes (positive); a correction's are signed.
 */
export const StockAdjustmentBody = z
  .strictObject({
    id: Uuid,
    locationId: Uuid,
    kind: z.enum(['write_off', 'correction']),
    reason: Text(1, 200),
    lines: stockLines(z.strictObject({ productId: Uuid, quantity: AdjustedQuantity })),
  })
  .superRefine((body, ctx) => {
    for (const [index, line] of body.lines.entries()) {
      if (body.kind === 'write_off' && line.quantity < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', index, 'quantity'],
          message: 'a write-off takes goods away: give the quantity as a positive number',
        });
      }
    }
  });

/** An adjustment as recorded: each line with the signed quantity booked and what is on hand after it. */
export const StockAdjustment = z
  .object({
    id: Uuid,
    storeId: Uuid,
    locationId: Uuid,
    kind: z.enum(['write_off', 'correction']),
    reason: z.string(),
    staffId: Uuid,
    createdAt: EpochMs,
    lines: z.array(z.object({ productId: Uuid, quantity: z.int() })),
  })
  .meta({ id: 'StockAdjustment' });

export type StockAdjustmentBody = z.infer<typeof StockAdjustmentBody>;
export type StockAdjustment = z.infer<typeof StockAdjustment>;
