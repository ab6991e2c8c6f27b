import { ApiError } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { classifySaleFailure } from './sale-failure';

describe('classifySaleFailure', () => {
  it('retries when the server may not have the sale or cannot take it from this session now', () => {
    expect(classifySaleFailure(new ApiError(0, 'network_error', 'offline'))).toBe('retry');
    expect(classifySaleFailure(new ApiError(500, 'internal_error', 'boom'))).toBe('retry');
    expect(classifySaleFailure(new ApiError(503, 'internal_error', 'busy'))).toBe('retry');
    expect(classifySaleFailure(new ApiError(429, 'rate_limited', 'slow down'))).toBe('retry');
    expect(classifySaleFailure(new ApiError(401, 'unauthenticated', 'sign in'))).toBe('retry');
    expect(classifySaleFailure(new ApiError(403, 'register_mismatch', 'other register'))).toBe('retry');
    expect(classifySaleFailure(new TypeError('bug'))).toBe('retry');
  });

  it('rejects business errors, which the cashier has to fix', () => {
    expect(classifySaleFailure(new ApiError(409, 'price_mismatch', 'price'))).toBe('reject');
    expect(classifySaleFailure(new ApiError(422, 'tender_short', 'short'))).toBe('reject');
    expect(classifySaleFailure(new ApiError(400, 'validation_failed', 'bad'))).toBe('reject');
    expect(classifySaleFailure(new ApiError(403, 'forbidden', 'no'))).toBe('reject');
  });
});
