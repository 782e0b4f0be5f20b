import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorFromResponse, parseRetryAfter } from './read-response.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('apiErrorFromResponse: kinds', () => {
  it.each([
    [400, 'bad_request'],
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'bad_request'],
    [422, 'bad_request'],
    [429, 'rate_limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'timeout'],
  ] as const)('HTTP %i is %s', (status, kind) => {
    expect(apiErrorFromResponse(status, null, null).kind).toBe(kind);
  });

  it('treats 400 task_not_exist as an unknown task, not a bad request', () => {
    const error = apiErrorFromResponse(400, { code: 'task_not_exist', message: 'task_not_exist', data: null }, null);
    expect(error).toMatchObject({ kind: 'not_found', status: 400, code: 'task_not_exist', message: 'task_not_exist' });
  });

  it('keeps other 400 task errors as bad requests', () => {
    expect(apiErrorFromResponse(400, { code: 'invalid_request', message: 'prompt is required', data: null }, null)).toMatchObject({
      kind: 'bad_request',
      code: 'invalid_request',
      message: 'prompt is required',
    });
  });
});

describe('apiErrorFromResponse: messages and codes from the three error shapes', () => {
  it('reads {error:{message,type,code}} (auth, routing; possibly Chinese)', () => {
    const error = apiErrorFromResponse(401, { error: { message: '无效的令牌', type: 'new_api_error', code: 'invalid_api_key' } }, null);
    expect(error).toMatchObject({ kind: 'auth', status: 401, code: 'invalid_api_key', message: '无效的令牌' });
  });

  it('reads 403 no access to the model', () => {
    const error = apiErrorFromResponse(403, { error: { message: 'no access to kling-v3', type: 'forbidden' } }, null);
    expect(error).toMatchObject({ kind: 'forbidden', code: 'forbidden', message: 'no access to kling-v3' });
  });

  it("reads Kling's {code:<int>,message,request_id}", () => {
    const error = apiErrorFromResponse(400, { code: 1201, message: 'Image pixel is invalid', request_id: 'req-1' }, null);
    expect(error).toMatchObject({ kind: 'bad_request', code: '1201', message: 'Image pixel is invalid' });
  });

  it('reads a 5xx with the gateway task error shape', () => {
    const error = apiErrorFromResponse(500, { code: 'fail_to_fetch_task', message: 'upstream failed', data: null }, null);
    expect(error).toMatchObject({ kind: 'server', status: 500, code: 'fail_to_fetch_task', message: 'upstream failed' });
  });

  it.each([
    ['no body', null],
    ['an HTML page', '<html>Bad Gateway</html>'],
    ['an unknown object', { detail: 'nope' }],
  ])('falls back to "HTTP <status>" for %s', (_label, body) => {
    expect(apiErrorFromResponse(502, body, null)).toMatchObject({ kind: 'server', status: 502, code: null, message: 'HTTP 502' });
  });

  it('504 is a timeout', () => {
    expect(apiErrorFromResponse(504, null, null)).toMatchObject({ kind: 'timeout', status: 504, message: 'HTTP 504' });
  });
});

describe('apiErrorFromResponse: 429 and Retry-After', () => {
  const body = { code: 1302, message: 'Rate limit exceeded', request_id: 'req-2' };

  it('takes Retry-After in seconds', () => {
    expect(apiErrorFromResponse(429, body, '7')).toMatchObject({
      kind: 'rate_limited',
      code: '1302',
      message: 'Rate limit exceeded',
      retryAfterMs: 7_000,
    });
  });

  it('takes Retry-After as an HTTP date', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    expect(apiErrorFromResponse(429, body, 'Thu, 01 Jan 2026 00:00:30 GMT').retryAfterMs).toBe(30_000);
  });

  it('has no delay without Retry-After', () => {
    expect(apiErrorFromResponse(429, body, null).retryAfterMs).toBeNull();
  });
});

describe('Kling codes answered with HTTP 200', () => {
  it.each([
    [1001, 'auth'],
    [1102, 'forbidden'],
    [1201, 'bad_request'],
    [1301, 'bad_request'],
    [1303, 'rate_limited'],
    [5000, 'server'],
  ] as const)('code %i is %s', (code, kind) => {
    expect(apiErrorFromResponse(200, { code, message: 'm', request_id: 'r' }, null).kind).toBe(kind);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');

  it.each([
    ['0', 0],
    ['1', 1_000],
    ['120', 120_000],
    ['1.5', 1_500],
    ['-3', 0],
  ])('reads %j seconds', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it('reads an HTTP date relative to now, never below zero', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
  });

  it('uses the current time by default', () => {
    vi.useFakeTimers();
    vi.setSystemTime(now);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:29:00 GMT')).toBe(60_000);
  });

  it.each([null, '', 'soon', 'Wed, 99 Foo 2015'])('gives null for %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});
