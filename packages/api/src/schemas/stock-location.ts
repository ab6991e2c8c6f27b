import { z } from 'zod';
import { EpochMs, Text, Uuid } from './common';

/**
 * What a stock location is for: sales take stock from the sales floor, the only one of its kind; a
 * `warehouse` (仓库) holds stock no register sells from, e.g. a chain's central stock that transfers
 * send out to the shops.
 */
export const StockLocationKind = z.enum(['sales_floor', 'storage', 'warehouse', 'damaged']);

/** A place a store keeps stock (库位): the sales floor (卖场), a back room, a shelf for damaged goods. */
export const StockLocation = z
  .object({
    id: Uuid,
    storeId: Uuid,
    name: z.string(),
    kind: StockLocationKind,
    active: z.boolean(),
    createdAt: EpochMs,
  })
  .meta({ id: 'StockLocation' });

export const StockLocationList = z.object({ items: z.array(StockLocation) });

/** A new location; each store has its one sales floor from the start. */
export const CreateStockLocationBody = z.strictObject({
  name: Text(1, 40),
  kind: z.enum(['storage', 'warehouse', 'damaged']),
});

export const StockLocationParams = z.strictObject({ locationId: Uuid });

/** Rename a location, or take it out of use (only when nothing is on hand there) and back. */
export const UpdateStockLocationBody = z
  .strictObject({ name: Text(1, 40).optional(), active: z.boolean().optional() })
  .refine((body) => body.name !== undefined || body.active !== undefined, 'nothing to change');

export type StockLocation = z.infer<typeof StockLocation>;
