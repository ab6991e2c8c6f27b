import { ERROR_CODES, type ErrorCode, type FieldIssue } from './error-codes';

/** A failed API call as the client sees it: the status, the public code and a readable message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network_error',
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  /** True when the request may not have reached the server, so the same call may be retried. */
  get retryable(): boolean {
    return this.code === 'network_error' || this.status === 429 || this.status >= 502;
  }
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}
