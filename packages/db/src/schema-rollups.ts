import type { RollupMeasure } from './rollup-measures';
import type { Defaulted } from './schema-columns';

/** Report rollups: sums per store, business date, dimension and key (see migrations 0023 and 0024). */
export type SalesRollupsTable = {
  store_id: string;
  business_date: string;
  dimension: string;
  key: string;
} & Record<RollupMeasure, Defaulted<number>>;

/** Running totals of the product rollups (migration 0026, ADR 0013): sums up to and including the date. */
export type ProductRunningTotalsTable = {
  store_id: string;
  product_id: string;
  business_date: string;
} & Record<RollupMeasure, Defaulted<number>>;

/** Per store, the first business date whose running totals are not kept. */
export interface ProductRunningMarksTable {
  store_id: string;
  valid_before: string;
}
