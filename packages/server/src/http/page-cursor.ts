import { HttpError } from './http-error';

/** Encodes a keyset position as the opaque `nextCursor` of a page. */
export function encodeCursor(position: Readonly<Record<string, string | number>>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * Decodes a cursor made by {@link encodeCursor}, checking each field's type against `shape`;
 * anything else is a 400 on `cursor`.
 */
export function decodeCursor<const S extends Record<string, 'string' | 'number'>>(
  cursor: string,
  shape: S,
): { [K in keyof S]: S[K] extends 'string' ? string : number } {
  const invalid = () =>
    new HttpError('validation_failed', undefined, [
      { path: 'cursor', message: 'not a cursor from this API' },
    ]);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof value !== 'object' || value === null) throw invalid();
  const record = value as Record<string, unknown>;
  for (const [key, type] of Object.entries(shape)) {
    const field = record[key];
    if (typeof field !== type || (type === 'number' && !Number.isSafeInteger(field))) throw invalid();
    // A forged cursor must not carry a NUL into the keyset query: PostgreSQL refuses it with a 500.
    if (typeof field === 'string' && field.includes('\u0000')) throw invalid();
  }
  return Object.fromEntries(Object.keys(shape).map((key) => [key, record[key]])) as {
    [K in keyof S]: S[K] extends 'string' ? string : number;
  };
}
