import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';

describe('ApiError', () => {
  it('is an Error that keeps kind, status, code and retry delay', () => {
    const error = new ApiError('rate_limited', 'slow down', 429, '1302', 2_000);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.message).toBe('slow down');
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, code: '1302', retryAfterMs: 2_000 });
  });

  it('defaults status, code and retry delay to null', () => {
    expect(new ApiError('network', 'offline')).toMatchObject({ status: null, code: null, retryAfterMs: null });
  });
});
