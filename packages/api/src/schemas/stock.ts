import { z } from 'zod';
import { Uuid } from './common';

/** On hand at one of the store's stock locations. */
export const LocationStock = z
  .object({ locationId: Uuid, onHand: z.int() })
  .meta({ id: 'LocationStock', description: 'On hand at one stock location, in thousandths.' });

export const StockLevel = z
  .object({
    productId: Uuid,
    /** Thousandths, in the whole store (every location). */
    onHand: z.int(),
    /** Thousandths, at the store's sales floor: what sales draw on and the reorder point watches. */
    salesFloorOnHand: z.int(),
    /** Thousandths; null when the product has none in the store. */
    reorderPoint: z.int().nullable(),
    locations: z.array(LocationStock),
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
