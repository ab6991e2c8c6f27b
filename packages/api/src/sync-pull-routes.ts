import { defineRoute } from './route';
import { SyncChanges, SyncChangesQuery } from './schemas/sync-pull';

/** The register's pull (DESIGN.md §5): the catalogue and store settings it sells from, as changes. */
export const syncPullRoutes = {
  syncChanges: defineRoute({
    method: 'GET',
    path: '/api/v1/sync/changes',
    summary:
      "A store's catalogue changes after a cursor (all of it, in pages, without one): store settings, categories, tax classes, products",
    tag: 'sync',
    access: 'catalog.read',
    query: SyncChangesQuery,
    response: SyncChanges,
    errors: ['store_not_found', 'invalid_sync_cursor'],
  }),
} as const;
