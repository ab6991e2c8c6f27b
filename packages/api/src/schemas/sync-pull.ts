import { z } from 'zod';
import { Category, Product, TaxClass } from './catalog';
import { Uuid } from './common';
import { Store } from './store';

/** Largest page of a catalogue pull, in products. */
export const MAX_SYNC_PAGE = 1000;

/**
 * Where a register's copy of the catalogue stands: an opaque string made by the server. Its format
 * is the server's business; one it did not make (or no longer knows) is refused with
 * `invalid_sync_cursor`, and the register then pulls everything again.
 */
export const SyncCursor = z.string().min(1).max(256);

export const SyncChangesQuery = z.strictObject({
  storeId: Uuid,
  /** Omitted: a full snapshot of the catalogue, in pages. */
  since: SyncCursor.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_SYNC_PAGE).default(500),
});

/**
 * One page of a catalogue pull. A full snapshot (no `since`) starts with `reset`: the register
 * drops its copy and keeps what the pages bring. After it, each page carries what changed: the
 * products (inactive ones too, so the register drops them), and the store settings, categories or
 * tax classes, whole, when any of them changed (null: unchanged). Applying a page twice changes
 * nothing, so a register saves `nextCursor` with the rows and may repeat a page it lost.
 */
export const SyncChanges = z
  .object({
    reset: z.boolean(),
    store: Store.nullable(),
    categories: z.array(Category).nullable(),
    taxClasses: z.array(TaxClass).nullable(),
    products: z.array(Product),
    /** Pass it as `since` next time. */
    nextCursor: SyncCursor,
    /** More is waiting already: ask again at once with `nextCursor`. */
    more: z.boolean(),
  })
  .meta({ id: 'SyncChanges' });

export type SyncChangesQuery = z.input<typeof SyncChangesQuery>;
export type SyncChanges = z.infer<typeof SyncChanges>;
