import { createEventRepository } from '@kassa/db';
import type { KassaContext } from '../../kassa-context';

/** The event each kind of catalogue write appends; the register's pull reads them back by seq. */
export const CATALOG_EVENT_TYPES = {
  product: 'product.changed',
  category: 'category.changed',
  taxClass: 'tax_class.changed',
  store: 'store.changed',
} as const;

/** Which catalogue row a write changed: a product, category or tax class, or a store's settings. */
export type CatalogChange = {
  readonly kind: keyof typeof CATALOG_EVENT_TYPES;
  readonly id: string;
};

/**
 * Appends the event that tells registers a catalogue row changed, in the writer's transaction
 * (`ctx.db` must be it): the row and its event commit together or not at all, so a register past
 * the event's seq has seen the row as written. Call it last in the transaction: the event seq is
 * handed out under a lock held until commit (see event-repository.ts).
 */
export async function recordCatalogChange(ctx: KassaContext, change: CatalogChange): Promise<void> {
  await createEventRepository(ctx.db).append({
    storeId: change.kind === 'store' ? change.id : null,
    type: CATALOG_EVENT_TYPES[change.kind],
    refId: change.id,
    payload: {},
    createdAt: ctx.clock(),
  });
}
