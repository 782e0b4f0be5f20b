import { describe, expect, it } from 'vitest';
import type { TaskRef } from './gateway-routes.ts';
import { normalizeTask } from './normalize-task.ts';
import { apiErrorFromResponse } from './read-response.ts';
import { taskSchema, type Task } from './task.schema.ts';
import * as newApi from '../testing/new-api-examples.ts';

// Every body a deployed new-api gateway sends (docs/gateway-contract.md#deployed-gateways-new-api),
// read into the studio's one Task model or one ApiError.

const refs: TaskRef[] = [
  { surface: 'unified', kind: 'text2video', id: 'pending' },
  { surface: 'kling', kind: 'image2video', id: 'pending' },
];

const taskOf = (ref: TaskRef, body: unknown): Task => {
  const result = normalizeTask(ref, body);
  if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.issues)}`);
  return taskSchema.parse(result.task);
};

describe.each(refs)('new-api answers on the $surface surface', (ref) => {
  it('reads the create object as a queued task with the gateway’s task_ id', () => {
    expect(taskOf(ref, newApi.created)).toMatchObject({
      ref: { ...ref, id: newApi.NEW_API_ID },
      status: 'queued',
      progress: 0,
      videoUrl: null,
      createdAt: 1770000000_000,
    });
  });

  it.each([
    ['NOT_START', newApi.notStarted, 'queued', 0],
    ['SUBMITTED', newApi.submitted, 'queued', 10],
    ['IN_PROGRESS', newApi.inProgress, 'running', 30],
  ] as const)('reads %s with its progress string, and no clip while result_url is omitted', (word, body, status, progress) => {
    const task = taskOf(ref, body);
    expect(task).toMatchObject({
      ref: { id: newApi.NEW_API_ID },
      status,
      rawStatus: word,
      progress,
      videoUrl: null,
      error: null,
      model: 'kling-v3',
    });
    expect(task.createdAt).toBe(1770000000_000);
  });

  it('reads SUCCESS: the clip from result_url, its length from Kling’s "5.1", the finish time in ms', () => {
    expect(taskOf(ref, newApi.succeeded)).toMatchObject({
      status: 'succeeded',
      progress: 100,
      videoUrl: newApi.CLIP,
      videoSeconds: 5.1,
      completedAt: 1770000120_000,
      updatedAt: 1770000045_000,
      error: null,
    });
  });

  it('reads FAILURE: the text in result_url is the reason, never a clip address', () => {
    for (const body of [newApi.failed, newApi.failedReasonOnlyInResultUrl]) {
      const task = taskOf(ref, body);
      expect(task.status).toBe('failed');
      expect(task.videoUrl).toBeNull();
      expect(task.error).toEqual({ message: newApi.RISK_TEXT, code: null });
    }
  });

  it('takes only an http(s) URL as a clip, whatever field it arrives in', () => {
    const text = newApi.envelope({
      status: 'SUCCESS',
      progress: '100%',
      resultUrl: 'see the console',
      inner: { task_status: 'succeed', videos: [{ url: 'javascript:alert(1)', duration: '5' }] },
    });
    expect(taskOf(ref, text).videoUrl).toBeNull();
    const innerOnly = newApi.envelope({
      status: 'SUCCESS',
      progress: '100%',
      inner: { task_status: 'succeed', videos: [{ url: newApi.CLIP, duration: '5' }] },
    });
    expect(taskOf(ref, innerOnly).videoUrl).toBe(newApi.CLIP);
  });
});

describe('new-api error replies', () => {
  const read = (reply: { status: number; body: unknown }, retryAfter: string | null = null) =>
    apiErrorFromResponse(reply.status, reply.body, retryAfter);

  it('unwraps Kling’s JSON inside the gateway message into its plain message and numeric code', () => {
    expect(read(newApi.errorReplies.klingRefused)).toMatchObject({
      kind: 'bad_request',
      status: 400,
      message: 'Image pixel is invalid',
      code: '1201',
    });
  });

  it('reads a 429 without Retry-After as rate limited with no wait of the gateway’s own', () => {
    expect(read(newApi.errorReplies.saturated)).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfterMs: null,
      code: 'fail_to_fetch_task',
    });
  });

  it.each([
    ['invalidToken', 'auth', 'Invalid token', null],
    ['invalidTokenZh', 'auth', '无效的令牌', null],
    ['noModel', 'bad_request', 'Model name not specified, model name cannot be empty', null],
    ['unknownModel', 'server', 'No available channel for model kling-v9 under group default', 'model_not_found'],
    ['blankPrompt', 'bad_request', 'prompt is required', 'invalid_request'],
    ['unknownTask', 'not_found', 'task_not_exist', 'task_not_exist'],
    ['unknownV1Path', 'not_found', 'Invalid URL (POST /v1/video/generationz)', 'invalid_request_error'],
    ['wrongType', 'server', 'json: cannot unmarshal number into Go struct field .duration of type string', 'build_request_failed'],
  ] as const)('%s reads as %s with its message, the request id dropped', (name, kind, message, code) => {
    const error = read(newApi.errorReplies[name]);
    expect(error).toMatchObject({ kind, message, status: newApi.errorReplies[name].status });
    expect(error.code).toBe(code ?? error.code);
    expect(error.message).not.toMatch(/request id/);
  });

  it('keeps a body that is not JSON readable as invalid_request', () => {
    expect(read(newApi.errorReplies.notJson)).toMatchObject({
      kind: 'bad_request',
      message: expect.stringContaining('invalid JSON request body'),
    });
  });
});

describe('fork variants', () => {
  const ref = refs[0]!;
  it('reads created_at as an RFC 3339 string', () => {
    expect(taskOf(ref, { ...newApi.created, created_at: '2026-02-02T02:40:00Z' }).createdAt).toBe(Date.parse('2026-02-02T02:40:00Z'));
  });

  it('reads the clip under output.video_url', () => {
    expect(taskOf(ref, { id: newApi.NEW_API_ID, status: 'completed', output: { video_url: newApi.CLIP } }).videoUrl).toBe(newApi.CLIP);
  });

  it('reads a Kling create with "videos": null', () => {
    const body = {
      code: 0,
      message: 'SUCCEED',
      data: { task_id: '860158329587187715', task_status: 'submitted', task_result: { videos: null } },
    };
    expect(taskOf(refs[1]!, body)).toMatchObject({ status: 'queued', videoUrl: null });
  });
});
