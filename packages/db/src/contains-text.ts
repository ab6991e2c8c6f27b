import { type Expression, sql } from 'kysely';

/**
 * `column` contains `text`, case-insensitively and literally: `%` and `_` in what a person typed
 * match themselves. ESCAPE is not in Kysely's builder, and SQLite's LIKE has no default escape
 * character, hence the raw fragment.
 */
export function containsText(column: Expression<string>, text: string) {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
}
