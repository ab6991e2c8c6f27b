import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Schema } from './schema';

/** A query built once per dialect and shape, run many times with new values. */
export interface PreparedQuery<P extends object, R> {
  /** Runs the query on `db` (which may be a transaction) with `params`; the rows it returns. */
  execute(db: Kysely<Schema>, params: P): Promise<R[]>;
}

/** Stands for the leaf value numbered `index` while the query is built. */
class Placeholder {
  constructor(readonly index: number) {}
}

/** A compiled query and, per parameter, which leaf of the params it takes (-1: a constant). */
type Template = { readonly compiled: CompiledQuery; readonly sources: readonly number[] };

/** Beyond this many shapes (e.g. line counts) a query starts its cache over. */
const maxShapes = 64;

/**
 * Prepares a hot-path query: `build` runs with the query builder once per database and params
 * shape, with a placeholder in place of every value of `params`; the compiled SQL is kept and later
 * runs get only their values bound. This spares Kysely building and compiling the same statement
 * on every call, and hands the driver the same SQL text, so its statement cache hits.
 *
 * `params` is made of plain objects and arrays (rows of a multi-row insert, `in` lists) around
 * scalar values; each different structure (array lengths, keys, undefined members) is its own
 * shape, compiled on first use. `build` must only place the values in the query, never look at
 * them: it runs once per shape. A value bound whole as an array or object is refused.
 * Keyed by the database's adapter, so a Kysely instance and its transactions share the templates
 * (no Kysely plugins are in use, which would make instances of one dialect compile differently).
 */
export function prepareQuery<P extends object, R>(
  build: (db: Kysely<Schema>, params: P) => Compilable<R>,
): PreparedQuery<P, R> {
  const templates = new WeakMap<object, Map<string, Template>>();
  return {
    async execute(db, params) {
      const leaves: unknown[] = [];
      const shape = collectLeaves(params, leaves);
      const adapter = db.getExecutor().adapter;
      let byShape = templates.get(adapter);
      if (!byShape) {
        byShape = new Map();
        templates.set(adapter, byShape);
      }
      let template = byShape.get(shape);
      if (!template) {
        template = compileTemplate(build(db, withPlaceholders(params, { next: 0 }) as P));
        if (byShape.size >= maxShapes) byShape.clear();
        byShape.set(shape, template);
      }
      const { compiled, sources } = template;
      const parameters = new Array<unknown>(sources.length);
      for (let i = 0; i < sources.length; i++) {
        const source = sources[i] as number;
        parameters[i] = source < 0 ? compiled.parameters[i] : leaves[source];
      }
      const { query, queryId, sql } = compiled;
      const result = await db.executeQuery<R>({ query, queryId, sql, parameters });
      return result.rows;
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Appends the defined leaves of `value` to `leaves` in a fixed order; returns its shape. */
function collectLeaves(value: unknown, leaves: unknown[]): string {
  if (Array.isArray(value)) {
    let shape = '[';
    for (const item of value) shape += `${collectLeaves(item, leaves)},`;
    return `${shape}]`;
  }
  if (isPlainObject(value)) {
    let shape = '{';
    for (const key in value) shape += `${key}:${collectLeaves(value[key], leaves)},`;
    return `${shape}}`;
  }
  // The query builder leaves undefined members out of inserts and updates: a shape of its own.
  if (value === undefined) return 'u';
  leaves.push(value);
  return '';
}

/** `value` with each defined leaf replaced by a placeholder, numbered in `collectLeaves` order. */
function withPlaceholders(value: unknown, counter: { next: number }): unknown {
  if (Array.isArray(value)) return value.map((item) => withPlaceholders(item, counter));
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key in value) copy[key] = withPlaceholders(value[key], counter);
    return copy;
  }
  return value === undefined ? undefined : new Placeholder(counter.next++);
}

function compileTemplate(query: Compilable<unknown>): Template {
  const compiled = query.compile();
  const sources = compiled.parameters.map((parameter) => {
    if (parameter instanceof Placeholder) return parameter.index;
    // An array or object bound as one value (a JSON column) would keep its build-time placeholders.
    if (typeof parameter === 'object' && parameter !== null) {
      throw new TypeError(`a prepared query cannot bind a structured value: ${compiled.sql}`);
    }
    return -1;
  });
  return { compiled, sources };
}
