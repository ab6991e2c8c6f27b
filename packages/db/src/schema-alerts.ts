import type { Defaulted, Immutable } from './schema-columns';

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
  /** Unique per store when set: raising an alert with a key already raised adds nothing (migration 0025). */
  dedupe_key: Defaulted<string | null>;
  /** When someone marked it read; null while unread. */
  read_at: number | null;
}
