import { z } from 'zod';
import { Uuid } from './common';

export const StockLevel = z
  .object({
    productId: Uuid,
    onHand: z.int(),
    /** Thousandths; null when the product has none in the store. */
    reorderPoint: z.int().nullable(),
  })
  .meta({ id: 'StockLevel' });
export const StockQuery = z.strictObject({ productId: Uuid.optional() });
export const StockList = z.object({ items: z.array(StockLevel) });

export const JournalVerification = z
  .object({
    ok: z.boolean(),
    count: z.int(),
    head: z.string(),
    brokenAt: z.int().nullable(),
    reason: z.enum(['hash_mismatch', 'prev_mismatch', 'seq_gap']).nullable(),
  })
  .meta({ id: 'JournalVerification' });

export type StockLevel = z.infer<typeof StockLevel>;
export type JournalVerification = z.infer<typeof JournalVerification>;
