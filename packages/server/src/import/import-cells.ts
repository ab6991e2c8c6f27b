import type { ImportProblem } from '@kassa/api';
import { parseMoney } from '@kassa/core';

/** A data row of the file as the import reads it: its line and its fields by column. */
export type ImportRow = { readonly line: number; readonly fields: readonly string[] };

/** The problems found so far, added to by each check. */
export type Problems = ImportProblem[];

/**
 * Reads the cells of one row by field through the mapping, trimmed, and records problems against
 * the row's line.
 */
export function rowCells(
  row: ImportRow,
  mapping: Readonly<Record<string, number | null>>,
  problems: Problems,
) {
  const cell = (field: string): string => {
    const index = mapping[field];
    return index === null || index === undefined ? '' : (row.fields[index] ?? '').trim();
  };
  const problem = (field: string | null, code: string, value = field === null ? '' : cell(field)) => {
    problems.push({ line: row.line, field, code, value });
  };
  return {
    cell,
    problem,
    /** The cell, or a `required` problem when it is empty. */
    required(field: string): string | undefined {
      const value = cell(field);
      if (value === '') problem(field, 'required');
      return value === '' ? undefined : value;
    },
    /** An amount in minor units of `currency` (null when empty); `bad_money` when it is not one. */
    money(field: string, currency: string): number | null | undefined {
      const value = cell(field);
      if (value === '') return null;
      const parsed = parseMoney(value, currency);
      if (!parsed.ok || parsed.value.amount < 0) {
        problem(field, 'bad_money');
        return undefined;
      }
      return parsed.value.amount;
    },
    /** A quantity in thousandths ('1.5' → 1500; at most 3 decimals); `bad_quantity` otherwise. */
    thousandths(field: string): number | null | undefined {
      const value = cell(field).normalize('NFKC').replace(/,/g, '');
      if (value === '') return null;
      const match = /^([+-]?)(\d{1,10})(?:\.(\d{1,3})0*)?$/.exec(value);
      if (!match) {
        problem(field, 'bad_quantity');
        return undefined;
      }
      const [, sign = '', whole = '0', fraction = ''] = match;
      return (sign === '-' ? -1 : 1) * (Number(whole) * 1000 + Number(fraction.padEnd(3, '0')));
    },
    /** Yes or no in the words files use; `bad_flag` otherwise. */
    flag(field: string): boolean | null | undefined {
      const value = cell(field).toLowerCase();
      if (value === '') return null;
      if (['1', 'y', 'yes', 'true', '是', '√', '✓', 'on'].includes(value)) return true;
      if (['0', 'n', 'no', 'false', '否', '×', '✗', 'off'].includes(value)) return false;
      problem(field, 'bad_flag');
      return undefined;
    },
  };
}

/** Keeps one row per key: a second row with a key seen before is `duplicate_in_file`. */
export function firstOfEach<T>(
  rows: readonly { line: number; key: string; value: T }[],
  field: string,
  problems: Problems,
): { line: number; value: T }[] {
  const seen = new Set<string>();
  const kept: { line: number; value: T }[] = [];
  for (const row of rows) {
    if (seen.has(row.key)) {
      problems.push({ line: row.line, field, code: 'duplicate_in_file', value: row.key });
      continue;
    }
    seen.add(row.key);
    kept.push({ line: row.line, value: row.value });
  }
  return kept;
}

/**
 * The rows whose mapped cells hold no NUL character; each other is a problem (`invalid`, on the
 * field). PostgreSQL cannot store U+0000 in text (the write would fail as a 500) and SQLite would
 * cut the text there, so such a row is never read further.
 */
export function withoutNul(
  rows: readonly ImportRow[],
  mapping: Readonly<Record<string, number | null>>,
  problems: Problems,
): ImportRow[] {
  return rows.filter((row) => {
    const fields = Object.entries(mapping).filter(
      ([, column]) => column !== null && (row.fields[column] ?? '').includes('\u0000'),
    );
    for (const [field, column] of fields) {
      problems.push({
        line: row.line,
        field,
        code: 'invalid',
        value: (row.fields[column ?? 0] ?? '').replaceAll('\u0000', ''),
      });
    }
    return fields.length === 0;
  });
}
