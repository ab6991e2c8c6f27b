import { z } from 'zod';
import { Uuid } from './common';

/** What a file brings into Kassa (数据迁移): one kind of record per file. */
export const ImportEntity = z.enum(['products', 'categories', 'suppliers', 'opening_stock']);

/** What a mapping is kept for: the kinds of record above, and past sales (their own import). */
export const MappingEntity = z.enum([...ImportEntity.options, 'sales_history']);

/** The fields of a line of past sales, as the UCI "Online Retail" export has them. */
export const SALES_HISTORY_FIELDS = [
  'invoice',
  'sku',
  'description',
  'quantity',
  'date',
  'unitPrice',
  'customer',
] as const;

/** The fields each kind of record has, in the order the wizard shows them; required ones first. */
export const IMPORT_FIELDS = {
  products: ['sku', 'name', 'price', 'barcode', 'cost', 'unit', 'category', 'taxRate', 'trackStock'],
  categories: ['name', 'parent', 'sortOrder', 'color'],
  suppliers: ['name', 'contact', 'phone', 'email', 'leadTimeDays'],
  opening_stock: ['product', 'quantity', 'location', 'unitCost'],
  sales_history: SALES_HISTORY_FIELDS,
} as const satisfies Record<z.infer<typeof MappingEntity>, readonly string[]>;

/** The fields that must be mapped to a column. */
export const REQUIRED_IMPORT_FIELDS = {
  products: ['sku', 'name', 'price'],
  categories: ['name'],
  suppliers: ['name'],
  opening_stock: ['product', 'quantity'],
  sales_history: SALES_HISTORY_FIELDS,
} as const satisfies { [E in keyof typeof IMPORT_FIELDS]: readonly (typeof IMPORT_FIELDS)[E][number][] };

/** The file as uploaded: its bytes in base64 (CSV in UTF-8, GBK/GB18030 or UTF-16, or XLSX). */
const FileContent = z
  .string()
  .min(1)
  .max(70_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file must be sent as base64');

const Delimiter = z.enum([',', ';', '\t']);

export const ImportPreviewBody = z.strictObject({
  fileName: z.string().max(200).default(''),
  content: FileContent,
  /** How the CSV separates fields; guessed when not said. */
  delimiter: Delimiter.optional(),
});

/** Per field, the index of the column it is read from, or null for none. */
export const ImportMapping = z.record(z.string(), z.int().min(0).max(199).nullable());

export const ImportPreview = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    encoding: z.string().nullable(),
    delimiter: Delimiter.nullable(),
    header: z.array(z.string()),
    rowCount: z.int(),
    /** The first rows, as read. */
    sample: z.array(z.object({ line: z.int(), fields: z.array(z.string()) })),
    /** Per kind of record, the mapping a saved one or the column names suggest. */
    mappings: z.record(MappingEntity, ImportMapping),
  })
  .meta({ id: 'ImportPreview' });

export const ImportBody = z.strictObject({
  entity: ImportEntity,
  content: FileContent,
  delimiter: Delimiter.optional(),
  mapping: ImportMapping,
  /** File lines (as reported) to leave out. */
  skipLines: z.array(z.int().min(1)).max(200_000).default([]),
  /** Only check: report every problem, write nothing. */
  dryRun: z.boolean().default(true),
  /** Products: a category the catalogue does not have is created (else it is a problem). */
  createCategories: z.boolean().default(false),
});

export const ImportProblem = z.object({
  /** The line in the file (the spreadsheet row). */
  line: z.int(),
  field: z.string().nullable(),
  code: z.string(),
  /** What the cell said. */
  value: z.string(),
});

export const ImportReport = z
  .object({
    entity: ImportEntity,
    dryRun: z.boolean(),
    /** Data rows in the file. */
    rows: z.int(),
    skipped: z.int(),
    /** Rows without a problem among those not skipped. */
    valid: z.int(),
    /** Rows written (0 on a dry run). */
    imported: z.int(),
    /** Categories made for products that named one the catalogue lacked. */
    createdCategories: z.int(),
    problemCount: z.int(),
    /** The problems, by line; the first 1,000. */
    problems: z.array(ImportProblem),
  })
  .meta({ id: 'ImportReport' });

/**
 * Past sales (历史销售) imported into a new store of their own, so its reports start with its
 * history: invoices as sales, `C…` invoices as returns, negative lines as stock adjustments (the
 * layout of the UCI "Online Retail" export; see docs/glossary.md, "Import").
 */
export const SalesHistoryBody = z.strictObject({
  content: FileContent,
  delimiter: Delimiter.optional(),
  mapping: ImportMapping,
  storeCode: z.string().trim().min(1).max(10),
  storeName: z.string().trim().min(1).max(60),
  dryRun: z.boolean().default(true),
});

export const SalesHistoryReport = z
  .object({
    dryRun: z.boolean(),
    rows: z.int(),
    problemCount: z.int(),
    problems: z.array(ImportProblem),
    /** The store made for the history (null on a dry run). */
    storeId: Uuid.nullable(),
    products: z.int(),
    sales: z.int(),
    returns: z.int(),
    stockAdjustments: z.int(),
  })
  .meta({ id: 'SalesHistoryReport' });

export const ImportMappingParams = z.strictObject({ entity: MappingEntity });

/** A saved mapping: per field, the column name it is read from. */
export const SavedImportMapping = z.strictObject({
  columns: z.record(z.string(), z.string().max(200).nullable()),
});

export const SavedImportMappings = z.object({ items: z.record(MappingEntity, SavedImportMapping) });

export const ExportParams = z.strictObject({
  entity: z.enum(['products', 'categories', 'suppliers', 'stock']),
});

export const ExportQuery = z.strictObject({
  /** The store whose stock is exported (stock only). */
  storeId: Uuid.optional(),
  format: z.enum(['csv']).default('csv'),
});

export type ImportEntity = z.infer<typeof ImportEntity>;
export type MappingEntity = z.infer<typeof MappingEntity>;
export type ImportPreview = z.infer<typeof ImportPreview>;
export type ImportReport = z.infer<typeof ImportReport>;
export type ImportProblem = z.infer<typeof ImportProblem>;
export type SalesHistoryReport = z.infer<typeof SalesHistoryReport>;
