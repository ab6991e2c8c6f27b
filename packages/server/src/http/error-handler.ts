import { ERROR_CODES, type ErrorBody, type ErrorCode, type FieldIssue } from '@kassa/api';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { HttpError } from './http-error';
import { toFieldIssues } from './zod-issues';

/** The JSON error response every failure is answered with. */
export function errorResponse(
  c: Context,
  code: ErrorCode,
  extra: {
    issues?: readonly FieldIssue[] | undefined;
    details?: Readonly<Record<string, unknown>> | undefined;
  } = {},
): Response {
  const body: ErrorBody = {
    error: {
      code,
      message: ERROR_CODES[code].message,
      ...(extra.issues && extra.issues.length > 0 ? { issues: [...extra.issues] } : {}),
      ...(extra.details ? { details: { ...extra.details } } : {}),
    },
  };
  // A 429 says when to come back (see the push gate).
  const retryAfter = extra.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
  return c.json(body, ERROR_CODES[code].status as ContentfulStatusCode);
}

/**
 * The one error handler (`app.onError`): an {@link HttpError} answers with its code; a ZodError that
 * escaped a handler is a 400; hono's own 413 from `bodyLimit` becomes `body_too_large`; anything else
 * is a bug, logged with the request id and answered 500 without the stack.
 */
export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof HttpError) {
      return errorResponse(c, error.code, { issues: error.issues, details: error.details });
    }
    if (error instanceof ZodError) {
      return errorResponse(c, 'validation_failed', { issues: toFieldIssues(error.issues) });
    }
    if (error instanceof HTTPException && error.status === 413) return errorResponse(c, 'body_too_large');
    logger.error(
      { err: error, requestId: c.get('requestId'), method: c.req.method, path: c.req.path },
      'unhandled error',
    );
    return errorResponse(c, 'internal_error');
  };
}
