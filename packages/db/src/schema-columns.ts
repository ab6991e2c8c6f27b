import type { ColumnType } from 'kysely';

/** A 0/1 integer column standing for a boolean. */
export type Flag = 0 | 1;

/** A column with a database default: optional on insert. */
export type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** Column that is written once and never updated. */
export type Immutable<T> = ColumnType<T, T, never>;
