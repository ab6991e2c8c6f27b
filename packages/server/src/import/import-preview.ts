import { IMPORT_FIELDS, type ImportPreview, type ImportPreviewBody, type MappingEntity } from '@kassa/api';
import { createSettingsRepository } from '@kassa/db';
import type { z } from 'zod';
import type { KassaContext } from '../kassa-context';
import { suggestMapping } from './import-mapping';
import { readUploadedTable } from './uploaded-table';

/** Rows of the file shown in the preview. */
const SAMPLE_ROWS = 10;

/** The settings key a saved mapping is kept under. */
export function mappingKey(entity: MappingEntity): string {
  return `import_mapping:${entity}`;
}

/** Per kind of record, the column names its fields were last read from (saved by the wizard). */
export async function savedMappings(
  ctx: KassaContext,
): Promise<Record<MappingEntity, { columns: Record<string, string | null> }>> {
  const settings = createSettingsRepository(ctx.db);
  const entities = Object.keys(IMPORT_FIELDS) as MappingEntity[];
  const entries = await Promise.all(
    entities.map(async (entity) => {
      const saved = (await settings.get(mappingKey(entity))) as
        | { columns?: Record<string, string | null> }
        | undefined;
      return [entity, { columns: saved?.columns ?? {} }] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<MappingEntity, { columns: Record<string, string | null> }>;
}

/**
 * An uploaded file read as a table: how it was read (format, encoding, delimiter), its columns,
 * the first rows, and per kind of record the mapping a saved one or the column names suggest.
 * @throws HttpError `import_file`.
 */
export async function previewImport(
  ctx: KassaContext,
  body: z.output<typeof ImportPreviewBody>,
): Promise<ImportPreview> {
  const table = readUploadedTable(body.content, body.delimiter);
  const saved = await savedMappings(ctx);
  const entities = Object.keys(IMPORT_FIELDS) as MappingEntity[];
  return {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    header: [...table.header],
    rowCount: table.rows.length,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((row) => ({ line: row.line, fields: [...row.fields] })),
    mappings: Object.fromEntries(
      entities.map((entity) => [entity, suggestMapping(entity, table.header, saved[entity].columns)]),
    ) as ImportPreview['mappings'],
  };
}
