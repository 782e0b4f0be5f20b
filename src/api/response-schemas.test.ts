import { describe, expect, it } from 'vitest';
import { gatewayEnvelopeSchema, klingEnvelopeSchema, parseErrorBody, unifiedTaskSchema } from './response-schemas.ts';
import { klingSubmitted, unifiedCompleted, unifiedCreated } from '../testing/contract-examples.ts';

const gatewayInProgress = {
  code: 'success',
  message: '',
  data: { task_id: 'task_abc', status: 'IN_PROGRESS', progress: '30%', fail_reason: '', result_url: '', data: klingSubmitted },
};

describe('unifiedTaskSchema', () => {
  it('accepts the create and the completed task objects', () => {
    expect(unifiedTaskSchema.parse(unifiedCreated)).toEqual(unifiedCreated);
    expect(unifiedTaskSchema.parse(unifiedCompleted)).toEqual(unifiedCompleted);
  });

  it('coerces numeric ids and string timestamps, and keeps unknown fields', () => {
    const parsed = unifiedTaskSchema.parse({ id: 781234567890123, status: 'queued', created_at: '1770000000', extra: { a: 1 } });
    expect(parsed.id).toBe('781234567890123');
    expect(parsed.created_at).toBe(1770000000);
    expect(parsed).toHaveProperty('extra', { a: 1 });
  });

  it('accepts either id or task_id alone, but not neither', () => {
    expect(unifiedTaskSchema.safeParse({ id: 'video_1', status: 'queued' }).success).toBe(true);
    expect(unifiedTaskSchema.safeParse({ task_id: 'video_1', status: 'queued' }).success).toBe(true);
    const none = unifiedTaskSchema.safeParse({ status: 'queued' });
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]?.message).toBe('task has no id');
  });

  it('needs a status', () => {
    expect(unifiedTaskSchema.safeParse({ id: 'video_1' }).success).toBe(false);
  });

  it('accepts a failure reason as fail_reason, an error string or an error object', () => {
    expect(unifiedTaskSchema.safeParse({ id: 'v', status: 'failed', fail_reason: 'x' }).success).toBe(true);
    expect(unifiedTaskSchema.safeParse({ id: 'v', status: 'failed', error: 'x' }).success).toBe(true);
    expect(unifiedTaskSchema.safeParse({ id: 'v', status: 'failed', error: { message: 'x', code: 'task_failed' } }).success).toBe(true);
    expect(unifiedTaskSchema.safeParse({ id: 'v', status: 'failed', error: null, fail_reason: null }).success).toBe(true);
  });
});

describe('gatewayEnvelopeSchema', () => {
  it('accepts the envelope with Kling’s raw response inside', () => {
    expect(gatewayEnvelopeSchema.parse(gatewayInProgress)).toEqual(gatewayInProgress);
  });

  it('accepts numeric task ids and missing optional fields', () => {
    const parsed = gatewayEnvelopeSchema.parse({ code: 'success', data: { task_id: 42, status: 'QUEUED' } });
    expect(parsed.data.task_id).toBe('42');
  });

  it('only takes code "success"', () => {
    expect(gatewayEnvelopeSchema.safeParse({ ...gatewayInProgress, code: 'task_not_exist' }).success).toBe(false);
    expect(gatewayEnvelopeSchema.safeParse({ ...gatewayInProgress, code: 0 }).success).toBe(false);
  });
});

describe('klingEnvelopeSchema', () => {
  it('accepts Kling’s own envelope', () => {
    expect(klingEnvelopeSchema.parse(klingSubmitted)).toEqual(klingSubmitted);
  });

  it('only takes code 0 with task data', () => {
    expect(klingEnvelopeSchema.safeParse({ ...klingSubmitted, code: 1201 }).success).toBe(false);
    expect(klingEnvelopeSchema.safeParse({ code: 0, message: 'SUCCEED', data: null }).success).toBe(false);
    expect(klingEnvelopeSchema.safeParse({ code: 0, message: 'SUCCEED', data: { task_id: '1' } }).success).toBe(false);
  });
});

describe('parseErrorBody', () => {
  it.each([
    [{ error: { message: 'Invalid token', type: 'new_api_error', code: 'invalid_api_key' } }, 'Invalid token', 'invalid_api_key'],
    [{ error: { message: '无效的令牌', type: 'new_api_error', code: 'invalid_api_key' } }, '无效的令牌', 'invalid_api_key'],
    [
      { error: { message: 'model kling-v9 not found', type: 'invalid_request_error' } },
      'model kling-v9 not found',
      'invalid_request_error',
    ],
    [{ error: { message: 'Too many requests', type: 'rate_limit', code: 429 } }, 'Too many requests', '429'],
    [{ error: { message: 'Bad gateway', code: null } }, 'Bad gateway', null],
  ])('reads {error:{message,type,code}} %#', (body, message, code) => {
    expect(parseErrorBody(body)).toEqual({ message, code });
  });

  it.each(['invalid_request', 'task_failed', 'task_not_exist', 'fail_to_fetch_task'])('reads the gateway task error %s', (code) => {
    expect(parseErrorBody({ code, message: `${code} happened`, data: null })).toEqual({ message: `${code} happened`, code });
  });

  it('reads the gateway error without a data field', () => {
    expect(parseErrorBody({ code: 'invalid_request', message: 'prompt is required' })).toEqual({
      message: 'prompt is required',
      code: 'invalid_request',
    });
  });

  it.each([1000, 1002, 1102, 1201, 1301, 1303, 5000])('reads Kling’s numeric error %i', (code) => {
    expect(parseErrorBody({ code, message: 'Kling says no', request_id: 'req-1' })).toEqual({
      message: 'Kling says no',
      code: String(code),
    });
  });

  it.each([
    ['Kling’s success envelope', klingSubmitted],
    ['the gateway’s success envelope', gatewayInProgress],
    ['the unified task object', unifiedCompleted],
    [
      'a failed unified task that carries an error object',
      { ...unifiedCreated, status: 'failed', fail_reason: 'moderation', error: { message: 'moderation', code: 'task_failed' } },
    ],
    ['a failed unified task that carries an error string', { ...unifiedCreated, status: 'failed', error: 'moderation' }],
    ['null', null],
    ['a string', 'Bad Gateway'],
    ['an array', [{ error: { message: 'x' } }]],
    ['an empty object', {}],
    ['an error without a message', { error: { type: 'x', code: 'y' } }],
    ['a Kling code without a message', { code: 1201 }],
    ['a non-integer Kling code', { code: 12.5, message: 'x' }],
  ])('gives null for %s', (_label, body) => {
    expect(parseErrorBody(body)).toBeNull();
  });
});
