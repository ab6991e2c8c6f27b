import type { ReorderSuggestions } from '@kassa/api';

/** One suggested product, as the API lists it. */
export type Suggestion = ReorderSuggestions['items'][number];

/** The suggestions one supplier is to be asked for; `supplierId` null for goods no supplier sells. */
export type SupplierGroup = {
  readonly supplierId: string | null;
  readonly supplierName: string | null;
  readonly leadTimeDays: number | null;
  readonly items: readonly Suggestion[];
};

/**
 * The suggestions by supplier, in the order they came (the server sorts by supplier, then SKU), with
 * the goods no supplier sells last: they cannot be ordered from here.
 */
export function groupBySupplier(items: readonly Suggestion[]): SupplierGroup[] {
  const groups = new Map<string | null, Suggestion[]>();
  for (const item of items) {
    const group = groups.get(item.supplierId);
    if (group) group.push(item);
    else groups.set(item.supplierId, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => Number(a === null) - Number(b === null))
    .map(([supplierId, grouped]) => ({
      supplierId,
      supplierName: grouped[0]?.supplierName ?? null,
      leadTimeDays: grouped[0]?.leadTimeDays ?? null,
      items: grouped,
    }));
}
