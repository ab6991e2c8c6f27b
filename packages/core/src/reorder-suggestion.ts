/** What a reorder suggestion for one product at one location is made of (quantities in thousandths). */
export interface ReorderFacts {
  readonly onHand: number;
  /** What open purchase orders to the location still bring. */
  readonly onOrder: number;
  readonly reorderPoint: number | null;
  readonly reorderQuantity: number | null;
  /** Forecast sales per day from tomorrow, at least `leadTimeDays + coverDays` days of them. */
  readonly dailyDemand: readonly number[];
  /** Days from ordering to delivery (0 counts as 1: nothing arrives the moment it is ordered). */
  readonly leadTimeDays: number;
  /** Days a delivery should last beyond its lead time. */
  readonly coverDays: number;
  /** Thousandths per pack the supplier sells in; orders are whole packs. */
  readonly packSize: number;
}

/** How much to order and why: the location's reorder rule, or the forecast when it has none. */
export type ReorderSuggestion = { readonly basis: 'reorder_point' | 'forecast'; readonly quantity: number };

/**
 * Whether to order a product for a location, and how much, in whole packs. Stock on hand plus what
 * is on order is the position.
 * - With a reorder point: order once the position is at or below it: the reorder quantity as many
 *   times as it takes to lift the position above the point; without a reorder quantity, what the
 *   point lacks plus the forecast over lead time and cover.
 * - Without one: order when the position will not last the lead time and cover by the forecast,
 *   up to what they need.
 * Nothing (undefined) when the position suffices or nothing is forecast to sell.
 */
export function suggestReorder(facts: ReorderFacts): ReorderSuggestion | undefined {
  const position = facts.onHand + facts.onOrder;
  const days = Math.max(1, facts.leadTimeDays) + facts.coverDays;
  const demand = facts.dailyDemand.slice(0, days).reduce((sum, day) => sum + Math.max(0, day), 0);
  if (facts.reorderPoint !== null) {
    if (position > facts.reorderPoint) return undefined;
    const lacking = facts.reorderPoint - position;
    const quantity =
      facts.reorderQuantity !== null && facts.reorderQuantity > 0
        ? (Math.floor(lacking / facts.reorderQuantity) + 1) * facts.reorderQuantity
        : Math.max(lacking + demand, 1);
    return { basis: 'reorder_point', quantity: inPacks(quantity, facts.packSize) };
  }
  if (demand === 0 || position >= demand) return undefined;
  return { basis: 'forecast', quantity: inPacks(demand - position, facts.packSize) };
}

/** Rounded up to whole packs: 25 pieces in cases of 24 is 48. */
function inPacks(quantity: number, packSize: number): number {
  const pack = Math.max(1, packSize);
  return Math.ceil(quantity / pack) * pack;
}
