import type { RollupMeasure } from './rollup-measures';
import type { Defaulted } from './schema-columns';

/** Report rollups: sums per store, business date, dimension and key (see migrations 0023 and 0024). */
export type SalesRollupsTable = {
  store_id: string;
  business_date: string;
  dimension: string;
  key: string;
} & Record<RollupMeasure, Defaulted<number>>;
