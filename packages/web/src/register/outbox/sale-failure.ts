import { ApiError } from '@kassa/api';

/**
 * What to do with a sale whose post failed. `retry`: the server may not have it (network, 5xx,
 * rate limit) or cannot take it from this session right now (signed out, session of another
 * register): keep it and post again with the same id. `reject`: the server answered that this sale
 * is wrong (a 4xx business error): show why.
 */
export function classifySaleFailure(error: unknown): 'retry' | 'reject' {
  if (!(error instanceof ApiError)) return 'retry';
  if (error.retryable || error.status >= 500) return 'retry';
  if (error.status === 401 || error.code === 'register_mismatch') return 'retry';
  return 'reject';
}
