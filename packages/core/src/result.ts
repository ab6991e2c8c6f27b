/**
 * The outcome of an operation whose failure is an expected business case (a short tender, an
 * unparseable price), not a bug. Bugs throw; business failures are values.
 */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a success value. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps an expected failure; `error` carries a string `code` plus the data a caller needs to explain it. */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
