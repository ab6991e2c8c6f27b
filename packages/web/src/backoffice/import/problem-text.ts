import { ApiError, type ImportProblem } from '@kassa/api';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../shared/errors/error-message';
import type { ImportKind } from './import-kind';

/** The problem codes the import routes report, each with a sentence in `import.problems`. */
export const PROBLEM_CODES = [
  'required',
  'bad_money',
  'bad_quantity',
  'bad_flag',
  'bad_unit',
  'bad_check_digit',
  'bad_barcode',
  'duplicate_in_file',
  'sku_taken',
  'barcode_taken',
  'unknown_category',
  'unknown_tax_rate',
  'invalid',
  'name_taken',
  'unknown_parent',
  'not_a_number',
  'bad_color',
  'too_long',
  'unknown_product',
  'stock_untracked',
  'unknown_location',
  'bad_value',
  'unexpected_columns',
  'wrong_field_count',
  'unclassifiable_line',
  'unreadable_csv',
] as const;

/** Why the server could not read a file (`import_file`'s `details.reason`), each in `import.fileErrors`. */
export const FILE_ERROR_REASONS = [
  'empty',
  'not_text',
  'legacy_xls',
  'unknown_encoding',
  'bad_csv',
  'not_xlsx',
  'too_large',
  'too_many_rows',
  'too_many_columns',
] as const;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/** A field's label for this kind of record, e.g. products' `barcode` → 条码. */
export function fieldLabel(t: TFunction, kind: ImportKind, field: string): string {
  return t(`import.fields.${kind}.${field}`, { defaultValue: field });
}

/** What is wrong with a cell, in words, naming the field; an unknown code still names it. */
export function problemText(t: TFunction, kind: ImportKind, problem: ImportProblem): string {
  const field = problem.field === null ? t('import.problems.noField') : fieldLabel(t, kind, problem.field);
  if (isOneOf(PROBLEM_CODES, problem.code)) return t(`import.problems.${problem.code}`, { field });
  return t('import.problems.other', { field, code: problem.code });
}

/**
 * Why a file could not be used: for `import_file`, the reader's reason with its figures (a line,
 * a row count, the limit); any other failure as its error message.
 */
export function importErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError) || error.code !== 'import_file') return errorMessage(t, error);
  const { reason, ...figures } = error.details;
  if (!isOneOf(FILE_ERROR_REASONS, reason)) return t('import.fileErrors.other');
  return t(`import.fileErrors.${reason}`, figures);
}
