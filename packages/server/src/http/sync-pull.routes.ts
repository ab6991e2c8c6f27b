import { visibleStore } from '../stores/visible-store';
import { pullCatalogChanges } from '../sync/pull/pull-catalog-changes';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type SyncPullRoutes = Pick<RouteHandlers, 'syncChanges'>;

/** The register's pull: its store's catalogue, as a snapshot in pages and then as changes. */
export function syncPullRoutes({ ctx }: AppServices): SyncPullRoutes {
  return {
    syncChanges: async ({ auth, query }) => {
      // Visibility first: a store the caller cannot see is refused as the catalogue route does,
      // whatever the cursor says.
      const store = await visibleStore(ctx, auth, query.storeId);
      return pullCatalogChanges(ctx, store.id, query);
    },
  };
}
