import { ERROR_CODES, type ErrorCode, type FieldIssue } from '@kassa/api';

/**
 * The one error type of the HTTP edge: a public error code from `ERROR_CODES`, which decides the
 * status and the English message, plus optional details (e.g. `{ productId, expected, got }`) and
 * field issues. Thrown anywhere below a route; answered by the error handler.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details?: Readonly<Record<string, unknown>>,
    readonly issues?: readonly FieldIssue[],
  ) {
    super(ERROR_CODES[code].message);
    this.status = ERROR_CODES[code].status;
  }
}
