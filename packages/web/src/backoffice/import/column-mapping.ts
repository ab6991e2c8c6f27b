import { fieldsOf, type ImportKind, isRequiredField } from './import-kind';

/** Per field, the index of the file's column it is read from, or null for none. */
export type ColumnMapping = Readonly<Record<string, number | null>>;

/** Every field of the kind, with the column the preview suggested (a saved mapping or the names). */
export function suggestedMapping(
  kind: ImportKind,
  suggested: Readonly<Record<string, number | null>> | undefined,
  columnCount: number,
): ColumnMapping {
  return Object.fromEntries(
    fieldsOf(kind).map((field) => {
      const column = suggested?.[field];
      return [field, column !== undefined && column !== null && column < columnCount ? column : null];
    }),
  );
}

/** The required fields that have no column yet. */
export function unmappedRequired(kind: ImportKind, mapping: ColumnMapping): string[] {
  return fieldsOf(kind).filter((field) => isRequiredField(kind, field) && (mapping[field] ?? null) === null);
}

/**
 * The mapping as it is saved: by column name, not position, so the next export from the same
 * system is read right even if its columns moved.
 */
export function savedColumns(
  kind: ImportKind,
  mapping: ColumnMapping,
  header: readonly string[],
): Record<string, string | null> {
  return Object.fromEntries(
    fieldsOf(kind).map((field) => {
      const column = mapping[field] ?? null;
      return [field, column === null ? null : (header[column] ?? null)];
    }),
  );
}
