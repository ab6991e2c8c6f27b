import { z } from 'zod';
import { Cursor, EpochMs, Limit, MAX_QUANTITY, Text, Unit, Uuid } from './common';
import { stockLines } from './stock-lines';

/** A count (盘点) is `counting` until a manager posts its differences (`posted`) or calls it off. */
export const StockCountStatus = z.enum(['counting', 'posted', 'cancelled']);

/**
 * Start counting a location: all of it, or one category of goods there. `blind`: those counting
 * do not see what the system expects (only those who approve do).
 */
export const StockCountBody = z.strictObject({
  id: Uuid,
  locationId: Uuid,
  categoryId: Uuid.nullable().default(null),
  blind: z.boolean().default(true),
  note: Text(0, 200).default(''),
});

/**
 * A counter's tallies, each the whole quantity this counter found of a product (sending it again
 * replaces it, so a phone may resend after a lost answer); several counters' tallies add up.
 */
export const StockCountEntriesBody = z.strictObject({
  entries: stockLines(z.strictObject({ productId: Uuid, quantity: z.int().min(0).max(MAX_QUANTITY) })),
});

/** Count these products again: their tallies are cleared and their snapshots taken anew. */
export const StockCountRecountBody = z.strictObject({
  productIds: z.array(Uuid).min(1).max(500),
});

const StockCountLine = z.object({
  productId: Uuid,
  sku: z.string(),
  name: z.string(),
  unit: Unit,
  /** The sum of every counter's tally; null for a product in scope nobody counted (it counts as 0). */
  counted: z.int().nullable(),
  /** Each counter's tally. */
  tallies: z.array(z.object({ staffId: Uuid, quantity: z.int(), countedAt: EpochMs })),
  /**
   * What the system held when the product was first counted (now for one not counted), and the
   * difference the count makes: hidden (null) from counters of a blind count.
   */
  expected: z.int().nullable(),
  variance: z.int().nullable(),
  /** The difference at the product's cost, in minor units (null when hidden or without a cost). */
  varianceValue: z.int().nullable(),
});

export const StockCount = z
  .object({
    id: Uuid,
    number: z.int(),
    storeId: Uuid,
    locationId: Uuid,
    categoryId: Uuid.nullable(),
    blind: z.boolean(),
    note: z.string(),
    status: StockCountStatus,
    startedBy: Uuid,
    startedAt: EpochMs,
    postedBy: Uuid.nullable(),
    postedAt: EpochMs.nullable(),
    /** The names of whoever started, posted or counted, by id. */
    staffNames: z.record(z.string(), z.string()),
    lines: z.array(StockCountLine),
    /** The sum of the differences at cost (null when hidden). */
    varianceValue: z.int().nullable(),
  })
  .meta({ id: 'StockCount' });

export const StockCountParams = z.strictObject({ countId: Uuid });

export const StockCountQuery = z.strictObject({
  status: StockCountStatus.optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});

export const StockCountSummary = StockCount.omit({ lines: true, varianceValue: true, staffNames: true })
  .extend({ counted: z.int() })
  .meta({ id: 'StockCountSummary' });

export const StockCountPage = z
  .object({ items: z.array(StockCountSummary), nextCursor: z.string().nullable() })
  .meta({ id: 'StockCountPage' });

export type StockCount = z.infer<typeof StockCount>;
export type StockCountSummary = z.infer<typeof StockCountSummary>;
export type StockCountPage = z.infer<typeof StockCountPage>;
export type StockCountBody = z.input<typeof StockCountBody>;
