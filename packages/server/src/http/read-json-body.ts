import type { Context } from 'hono';
import { HttpError } from './http-error';

/** Keys that could reach an object's prototype if some code ever merged parsed input into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * A document without these can hold no forbidden key: JSON can spell a letter or `_` differently
 * only as a `\u` escape. Checking the text is much cheaper than a reviver call for every value.
 */
const MAYBE_FORBIDDEN = /__proto__|constructor|prototype|\\u/;

/**
 * Reads a JSON request body: 415 `unsupported_media_type` unless the content type is
 * `application/json`, 400 `malformed_json` for unparsable text, and 400 `validation_failed` for a
 * prototype-polluting key anywhere in the document (strict schemas would also refuse it, but this
 * guard does not depend on every schema being strict).
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  const mediaType = type.split(';', 1)[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') throw new HttpError('unsupported_media_type');
  const text = await c.req.text();
  if (!MAYBE_FORBIDDEN.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      throw new HttpError('malformed_json');
    }
  }
  let badPath: string | null = null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) badPath = key;
      return value;
    });
  } catch {
    throw new HttpError('malformed_json');
  }
  if (badPath !== null) {
    throw new HttpError('validation_failed', undefined, [
      { path: badPath, message: `"${badPath}" is not allowed` },
    ]);
  }
  return parsed;
}
