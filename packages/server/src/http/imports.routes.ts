import { createSettingsRepository } from '@kassa/db';
import { exportRecords } from '../import/export-records';
import { importFile } from '../import/import-file';
import { mappingKey, previewImport, savedMappings } from '../import/import-preview';
import { importSalesHistory } from '../import/import-sales-history';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type ImportRoutes = Pick<
  RouteHandlers,
  | 'previewImport'
  | 'importFile'
  | 'importSalesHistory'
  | 'listImportMappings'
  | 'saveImportMapping'
  | 'exportRecords'
>;

/** The import wizard's reads and writes (数据迁移), and exports of the same records. */
export function importRoutes({ ctx }: AppServices): ImportRoutes {
  return {
    previewImport: ({ body }) => previewImport(ctx, body),
    importFile: ({ auth, params, body }) => importFile(ctx, auth, params.storeId, body),
    importSalesHistory: ({ auth, body }) => importSalesHistory(ctx, auth, body),
    listImportMappings: async () => ({ items: await savedMappings(ctx) }),
    saveImportMapping: async ({ params, body }) => {
      await createSettingsRepository(ctx.db).set(mappingKey(params.entity), body);
      return { saved: true as const };
    },
    exportRecords: ({ auth, params, query }) => exportRecords(ctx, auth, params.entity, query.storeId),
  };
}
