import { createStoreRepository, type Store } from '@kassa/db';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';

/**
 * The store, when it exists and the caller may see it; otherwise 404 `store_not_found` — the same
 * answer for both, so store ids of other shops cannot be probed.
 */
export async function visibleStore(ctx: KassaContext, auth: AuthSession, storeId: string): Promise<Store> {
  if (!canSeeStore(auth, storeId)) throw new HttpError('store_not_found');
  const store = await createStoreRepository(ctx.db).get(storeId);
  if (!store) throw new HttpError('store_not_found');
  return store;
}
