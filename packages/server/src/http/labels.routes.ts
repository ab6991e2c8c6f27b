import { printLabels } from '../labels/print-labels';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

/** Shelf labels and barcode stickers as PDF, for the stores the caller may see. */
export function labelRoutes({ ctx }: AppServices): Pick<RouteHandlers, 'printLabels'> {
  return {
    printLabels: ({ auth, params, body }) => printLabels(ctx, auth, params.storeId, body),
  };
}
