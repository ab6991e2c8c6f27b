import { z } from 'zod';
import { MAX_QUANTITY, Unit, Uuid } from './common';

const Thousandths = z.int().min(0).max(MAX_QUANTITY).nullable();

/**
 * A product's reorder rule at a location (补货点 and 补货量, thousandths): order the quantity when
 * on hand plus what is on order falls to the point; null for none (the forecast decides).
 */
export const ReorderRuleBody = z.strictObject({
  reorderPoint: Thousandths,
  reorderQuantity: Thousandths.refine((quantity) => quantity !== 0, 'a reorder quantity of 0 orders nothing'),
});

export const ReorderRuleParams = z.strictObject({ locationId: Uuid, productId: Uuid });

export const ReorderRule = z
  .object({
    locationId: Uuid,
    productId: Uuid,
    reorderPoint: z.int().nullable(),
    reorderQuantity: z.int().nullable(),
  })
  .meta({ id: 'ReorderRule' });

export const ReorderSuggestionQuery = z.strictObject({
  /** The store's sales floor when not given. */
  locationId: Uuid.optional(),
});

export const ReorderSuggestion = z.object({
  productId: Uuid,
  sku: z.string(),
  name: z.string(),
  unit: Unit,
  onHand: z.int(),
  /** Still to come on open purchase orders (drafts included) to the location. */
  onOrder: z.int(),
  reorderPoint: z.int().nullable(),
  reorderQuantity: z.int().nullable(),
  /** What the forecast says sells over the supplier's lead time and the cover days. */
  forecastDemand: z.int(),
  basis: z.enum(['reorder_point', 'forecast']),
  /** Thousandths to order, in whole packs of the supplier. */
  quantity: z.int(),
  /** The active supplier offering it cheapest; null when no supplier sells it (order it by hand). */
  supplierId: Uuid.nullable(),
  supplierName: z.string().nullable(),
  unitCost: z.int().nullable(),
  packSize: z.int(),
  leadTimeDays: z.int().nullable(),
});

export const ReorderSuggestions = z
  .object({
    locationId: Uuid,
    /** Days a delivery should last beyond its lead time. */
    coverDays: z.int(),
    items: z.array(ReorderSuggestion),
  })
  .meta({ id: 'ReorderSuggestions' });

export type ReorderSuggestions = z.infer<typeof ReorderSuggestions>;
export type ReorderRule = z.infer<typeof ReorderRule>;
