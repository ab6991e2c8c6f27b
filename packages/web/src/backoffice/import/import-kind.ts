import { IMPORT_FIELDS, MappingEntity, type Me, REQUIRED_IMPORT_FIELDS } from '@kassa/api';

/** What one file brings in: products, categories, suppliers, opening stock, or past sales. */
export type ImportKind = MappingEntity;

/** The kinds in the order the wizard offers them. */
export const IMPORT_KINDS: readonly ImportKind[] = MappingEntity.options;

/** The fields of a kind, in the order the mapping step shows them (required ones first). */
export function fieldsOf(kind: ImportKind): readonly string[] {
  return IMPORT_FIELDS[kind];
}

/** Whether a field must be read from a column before the file can be checked. */
export function isRequiredField(kind: ImportKind, field: string): boolean {
  return (REQUIRED_IMPORT_FIELDS[kind] as readonly string[]).includes(field);
}

/**
 * Whether the user may import this kind: past sales make a new store, which only those who manage
 * the settings (the owner) may; the rest need `catalog.write`, as the page itself does.
 */
export function mayImport(me: Me, kind: ImportKind): boolean {
  if (kind === 'sales_history') return me.permissions.includes('settings.manage');
  return me.permissions.includes('catalog.write');
}
