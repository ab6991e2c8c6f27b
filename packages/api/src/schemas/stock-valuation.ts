import { z } from 'zod';
import { Uuid } from './common';
import { BusinessDate } from './report';

export const StockValuationQuery = z.strictObject({
  /** The business day at whose end to value the stock; now when absent. */
  asOf: BusinessDate.optional(),
  locationId: Uuid.optional(),
});

/** A product's stock at a location and its value at cost. */
const ValuedLevel = z.object({
  locationId: Uuid,
  productId: Uuid,
  sku: z.string(),
  name: z.string(),
  unit: z.enum(['piece', 'kg']),
  /** Thousandths; negative when sales ran ahead of the books. */
  onHand: z.int(),
  /** Minor units, at the costs the goods were booked at (their moving average when they left). */
  value: z.int(),
  /** Thousandths of it booked without a cost, so valued at 0. */
  uncosted: z.int(),
});

/** 库存金额: a store's stock and its value at cost per location, now or at the end of a past day. */
export const StockValuation = z
  .object({
    storeId: Uuid,
    asOf: BusinessDate.nullable(),
    currency: z.string(),
    /** Minor units. */
    total: z.int(),
    /**
     * Goods shipped to the store by transfers and not yet received by then, at the costs they left
     * at (minor units); not in `total`, which is what the store's locations hold.
     */
    inTransit: z.int(),
    locations: z.array(z.object({ locationId: Uuid, name: z.string(), value: z.int(), products: z.int() })),
    items: z.array(ValuedLevel),
  })
  .meta({ id: 'StockValuation' });

export type StockValuation = z.infer<typeof StockValuation>;
