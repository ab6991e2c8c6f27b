import { z } from 'zod';
import { defineRoute } from './route';
import {
  ExportParams,
  ExportQuery,
  ImportBody,
  ImportMappingParams,
  ImportPreview,
  ImportPreviewBody,
  ImportReport,
  SalesHistoryBody,
  SalesHistoryReport,
  SavedImportMapping,
  SavedImportMappings,
} from './schemas/import';
import { StoreParams } from './schemas/store';

/** Moving in from another system (数据迁移): files read, checked, imported whole; and exported. */
export const importRoutes = {
  previewImport: defineRoute({
    method: 'POST',
    path: '/api/v1/imports/preview',
    summary:
      'Read an import file (CSV in any common encoding and delimiter, or XLSX): its columns, first rows, and a suggested mapping per kind of record',
    tag: 'import',
    access: 'catalog.write',
    body: ImportPreviewBody,
    response: ImportPreview,
    errors: ['import_file'],
  }),
  importFile: defineRoute({
    method: 'POST',
    path: '/api/v1/stores/{storeId}/imports',
    summary:
      'Check an import file row by row (dry run), or import it: every row not skipped, all in one transaction, or nothing when any has a problem',
    tag: 'import',
    access: 'catalog.write',
    params: StoreParams,
    body: ImportBody,
    response: ImportReport,
    errors: ['store_not_found', 'import_file', 'import_has_problems', 'sku_taken', 'barcode_taken'],
  }),
  importSalesHistory: defineRoute({
    method: 'POST',
    path: '/api/v1/imports/sales-history',
    summary:
      'Check a file of past sales (dry run), or import it into a new store of its own: products, sales, returns and stock adjustments, all or nothing',
    tag: 'import',
    access: 'settings.manage',
    body: SalesHistoryBody,
    response: SalesHistoryReport,
    errors: ['import_file', 'import_has_problems', 'store_code_taken'],
  }),
  listImportMappings: defineRoute({
    method: 'GET',
    path: '/api/v1/import-mappings',
    summary: 'The column mappings saved per kind of record',
    tag: 'import',
    access: 'catalog.write',
    response: SavedImportMappings,
  }),
  saveImportMapping: defineRoute({
    method: 'PUT',
    path: '/api/v1/import-mappings/{entity}',
    summary: 'Save which column name each field is read from, for the next file of this kind',
    tag: 'import',
    access: 'catalog.write',
    params: ImportMappingParams,
    body: SavedImportMapping,
    response: z.object({ saved: z.literal(true) }),
  }),
  exportRecords: defineRoute({
    method: 'GET',
    path: '/api/v1/exports/{entity}',
    summary:
      'Products, categories, suppliers or a store’s stock as CSV (UTF-8 with a byte-order mark, the columns the import reads; cells a spreadsheet would run as a formula are escaped)',
    tag: 'import',
    access: 'catalog.read',
    params: ExportParams,
    query: ExportQuery,
    response: { raw: 'bytes' },
    errors: ['store_not_found'],
  }),
};
