/** How a promise ended within a time limit: its value, its failure, or still running (`late`). */
export type Within<T> = { readonly value: T } | { readonly error: unknown } | 'late';

/** Waits for `promise` at most `ms`; it goes on running after a `late`. */
export function within<T>(promise: Promise<T>, ms: number): Promise<Within<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
