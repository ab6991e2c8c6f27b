import { verifyStoreJournal } from '../journal/verify-store-journal';
import { visibleStore } from '../stores/visible-store';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

/** The sales journal's integrity check. */
export function journalRoutes({ ctx }: AppServices): Pick<RouteHandlers, 'verifyJournal'> {
  return {
    verifyJournal: async ({ auth, params }) => {
      const store = await visibleStore(ctx, auth, params.storeId);
      return verifyStoreJournal(ctx.db, store.id);
    },
  };
}
