import { createStoreRepository, type Store } from '@kassa/db';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { visibleStore } from '../stores/visible-store';

/** The stores a report adds up, and their one currency. */
export type ReportStores = { readonly stores: readonly Store[]; readonly currency: string };

/**
 * One store, or every store the caller may see. Figures in different currencies never add up:
 * 400 `mixed_currencies` asks for one store instead.
 */
export async function reportStores(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string | undefined,
  options: { readonly sameCurrency: boolean } = { sameCurrency: true },
): Promise<ReportStores> {
  const stores =
    storeId === undefined
      ? (await createStoreRepository(ctx.db).list()).filter((store) => canSeeStore(auth, store.id))
      : [await visibleStore(ctx, auth, storeId)];
  const [first] = stores;
  if (!first) throw new HttpError('store_not_found');
  if (options.sameCurrency && stores.some((store) => store.currency !== first.currency))
    throw new HttpError('mixed_currencies');
  return { stores, currency: first.currency };
}
