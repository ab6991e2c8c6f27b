import type { Immutable } from './schema-columns';

/** An alert for the owner to review (see migration 0021). */
export interface AlertsTable {
  id: Immutable<string>;
  store_id: Immutable<string>;
  /** e.g. 'negative_stock', 'sale_price_outdated'. */
  kind: Immutable<string>;
  /** What it is about: a sale id, a product id… */
  ref_id: Immutable<string | null>;
  /** JSON object with the figures behind it. */
  details_json: Immutable<string>;
  created_at: Immutable<number>;
  /** When someone marked it read; null while unread. */
  read_at: number | null;
}
