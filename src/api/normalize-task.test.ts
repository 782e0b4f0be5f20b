import { describe, expect, it } from 'vitest';
import type { TaskRef } from './gateway-routes.ts';
import { normalizeStatus, normalizeTask, toMillis } from './normalize-task.ts';
import { taskSchema, type Task } from './task.schema.ts';
import { klingSubmitted, unifiedCompleted, unifiedCreated } from '../testing/contract-examples.ts';

const unifiedRef: TaskRef = { surface: 'unified', kind: 'text2video', id: 'pending' };
const klingRef: TaskRef = { surface: 'kling', kind: 'image2video', id: 'pending' };

/** Normalizes a body that must parse, and checks the result is a valid Task. */
const taskOf = (ref: TaskRef, body: unknown): Task => {
  const result = normalizeTask(ref, body);
  if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.issues)}`);
  expect(taskSchema.parse(result.task)).toEqual(result.task);
  return result.task;
};

type KlingData = Record<string, unknown>;
const klingEnvelope = (data: KlingData) => ({ code: 0, message: 'SUCCEED', request_id: 'req-1', data });
const klingData = (overrides: KlingData = {}): KlingData => ({
  task_id: '781234567890123456',
  task_status: 'submitted',
  task_info: { external_task_id: 'my-own-id' },
  created_at: 1722769557708,
  updated_at: 1722769557708,
  ...overrides,
});
const klingVideo = { id: 'vid-1', url: 'https://cdn.example.com/out.mp4', duration: '5' };

const gatewayEnvelope = (data: Record<string, unknown>) => ({
  code: 'success',
  message: '',
  data: { task_id: 'task_abc', status: 'IN_PROGRESS', progress: '30%', fail_reason: '', result_url: '', ...data },
});

describe('normalizeTask: the unified task object', () => {
  it('reads the create response', () => {
    expect(taskOf(unifiedRef, unifiedCreated)).toEqual({
      ref: { surface: 'unified', kind: 'text2video', id: 'video_xxx' },
      status: 'queued',
      rawStatus: 'queued',
      progress: 0,
      videoUrl: null,
      videoSeconds: null,
      model: 'kling-v3',
      createdAt: 1770000000_000,
      updatedAt: null,
      completedAt: null,
      error: null,
      externalTaskId: null,
      answerShape: 'task',
    });
  });

  it('reads the completed query response, with the video at metadata.url', () => {
    expect(taskOf(unifiedRef, unifiedCompleted)).toEqual({
      ref: { surface: 'unified', kind: 'text2video', id: 'video_xxx' },
      status: 'succeeded',
      rawStatus: 'completed',
      progress: 100,
      videoUrl: 'https://example.com/output.mp4',
      videoSeconds: 5,
      model: 'kling-v3',
      createdAt: 1770000000_000,
      updatedAt: null,
      completedAt: 1770000120_000,
      error: null,
      externalTaskId: null,
      answerShape: 'task',
    });
  });

  it('reads in_progress as running, with its progress', () => {
    expect(taskOf(unifiedRef, { ...unifiedCreated, status: 'in_progress', progress: 30 })).toMatchObject({
      status: 'running',
      rawStatus: 'in_progress',
      progress: 30,
    });
  });

  it('reads a failed task and its reason', () => {
    const task = taskOf(unifiedRef, {
      ...unifiedCreated,
      status: 'failed',
      progress: 100,
      completed_at: 1770000060,
      fail_reason: 'Failure to pass the risk control system',
      error: { message: 'Failure to pass the risk control system', code: 'task_failed' },
    });
    expect(task).toMatchObject({
      status: 'failed',
      videoUrl: null,
      completedAt: 1770000060_000,
      error: { message: 'Failure to pass the risk control system', code: 'task_failed' },
    });
  });

  it('reads the reason from an error string or an error object without fail_reason', () => {
    expect(taskOf(unifiedRef, { id: 'v1', status: 'failed', error: 'quota exceeded' }).error).toEqual({
      message: 'quota exceeded',
      code: null,
    });
    expect(taskOf(unifiedRef, { id: 'v1', status: 'failed', error: { message: 'bad image', code: 1201 } }).error).toEqual({
      message: 'bad image',
      code: '1201',
    });
  });

  it('accepts hosts that say processing/succeeded and put the url at the top level', () => {
    expect(taskOf(unifiedRef, { ...unifiedCreated, status: 'processing', progress: 20 })).toMatchObject({
      status: 'running',
      rawStatus: 'processing',
      progress: 20,
    });
    expect(taskOf(unifiedRef, { ...unifiedCreated, status: 'succeeded', url: 'https://example.com/top.mp4' })).toMatchObject({
      status: 'succeeded',
      rawStatus: 'succeeded',
      progress: 100,
      videoUrl: 'https://example.com/top.mp4',
    });
  });

  it('prefers metadata.url over a top-level url', () => {
    expect(taskOf(unifiedRef, { ...unifiedCompleted, url: 'https://example.com/other.mp4' }).videoUrl).toBe(
      'https://example.com/output.mp4',
    );
  });

  it('normalizes seconds and milliseconds to milliseconds', () => {
    const task = taskOf(unifiedRef, {
      ...unifiedCompleted,
      created_at: 1770000000,
      completed_at: 1770000120_000,
      updated_at: '1770000100',
    });
    expect(task).toMatchObject({ createdAt: 1770000000_000, completedAt: 1770000120_000, updatedAt: 1770000100_000 });
  });

  it('reads the progress as a "30%" string', () => {
    expect(taskOf(unifiedRef, { ...unifiedCreated, status: 'in_progress', progress: '30%' }).progress).toBe(30);
  });

  it('keeps the progress within 0–100 and drops one it cannot read', () => {
    expect(taskOf(unifiedRef, { ...unifiedCreated, status: 'in_progress', progress: 130 }).progress).toBe(100);
    expect(taskOf(unifiedRef, { ...unifiedCreated, status: 'in_progress', progress: -5 }).progress).toBe(0);
    expect(taskOf(unifiedRef, { ...unifiedCreated, status: 'in_progress', progress: 'n/a' }).progress).toBeNull();
  });

  it('treats numeric ids as strings, and takes task_id when id is missing', () => {
    expect(taskOf(unifiedRef, { id: 781234567890123, status: 'queued' }).ref.id).toBe('781234567890123');
    expect(taskOf(unifiedRef, { task_id: 'task_42', status: 'queued' }).ref.id).toBe('task_42');
  });

  it('keeps an unknown status word honestly, without failing', () => {
    expect(taskOf(unifiedRef, { ...unifiedCreated, status: 'unknown' })).toMatchObject({ status: 'unknown', rawStatus: 'unknown' });
    expect(taskOf(unifiedRef, { ...unifiedCreated, status: 'Rendering' })).toMatchObject({ status: 'unknown', rawStatus: 'Rendering' });
  });

  it('fills every missing optional field with null', () => {
    expect(taskOf(klingRef, { id: 'video_1', status: 'queued' })).toEqual({
      ref: { surface: 'kling', kind: 'image2video', id: 'video_1' },
      status: 'queued',
      rawStatus: 'queued',
      progress: null,
      videoUrl: null,
      videoSeconds: null,
      model: null,
      createdAt: null,
      updatedAt: null,
      completedAt: null,
      error: null,
      externalTaskId: null,
      answerShape: 'task',
    });
  });
});

describe('normalizeTask: the gateway envelope', () => {
  it('reads the documented IN_PROGRESS envelope with Kling’s raw response inside', () => {
    const body = gatewayEnvelope({ data: klingEnvelope(klingData({ task_status: 'processing' })) });
    expect(taskOf(klingRef, body)).toEqual({
      ref: { surface: 'kling', kind: 'image2video', id: 'task_abc' },
      status: 'running',
      rawStatus: 'IN_PROGRESS',
      progress: 30,
      videoUrl: null,
      videoSeconds: null,
      model: null,
      createdAt: 1722769557708,
      updatedAt: 1722769557708,
      completedAt: null,
      startedAt: null,
      error: null,
      externalTaskId: 'my-own-id',
      answerShape: 'envelope',
    });
  });

  it('reads when the task started running from start_time (seconds), and none from a 0', () => {
    const started = gatewayEnvelope({ submit_time: 1_770_000_000, start_time: 1_770_000_045, finish_time: 0 });
    expect(taskOf(klingRef, started)).toMatchObject({ createdAt: 1_770_000_000_000, startedAt: 1_770_000_045_000, completedAt: null });
    expect(taskOf(klingRef, gatewayEnvelope({ start_time: 0 })).startedAt).toBeNull();
  });

  it.each([
    ['SUBMITTED', 'queued'],
    ['QUEUED', 'queued'],
    ['IN_PROGRESS', 'running'],
    ['SUCCESS', 'succeeded'],
    ['FAILURE', 'failed'],
    ['NOT_START', 'queued'],
    ['UNKNOWN', 'unknown'],
    ['', 'unknown'],
  ])('reads status %j as %s', (word, status) => {
    expect(taskOf(unifiedRef, gatewayEnvelope({ status: word }))).toMatchObject({ status, rawStatus: word });
  });

  it('reads a SUCCESS with result_url', () => {
    const body = gatewayEnvelope({
      status: 'SUCCESS',
      progress: '100%',
      result_url: 'https://example.com/result.mp4',
      submit_time: 1770000000,
      finish_time: 1770000120,
      data: klingEnvelope(klingData({ task_status: 'succeed', task_result: { videos: [klingVideo] } })),
    });
    expect(taskOf(unifiedRef, body)).toMatchObject({
      status: 'succeeded',
      progress: 100,
      videoUrl: 'https://example.com/result.mp4',
      videoSeconds: 5,
      createdAt: 1770000000_000,
      completedAt: 1770000120_000,
    });
  });

  it('falls back to Kling’s video url when result_url is empty', () => {
    const body = gatewayEnvelope({
      status: 'SUCCESS',
      data: klingEnvelope(klingData({ task_status: 'succeed', task_result: { videos: [klingVideo] } })),
    });
    expect(taskOf(unifiedRef, body).videoUrl).toBe(klingVideo.url);
  });

  it('reads a FAILURE with fail_reason', () => {
    const body = gatewayEnvelope({ status: 'FAILURE', fail_reason: 'Image pixel is invalid' });
    expect(taskOf(unifiedRef, body)).toMatchObject({ status: 'failed', error: { message: 'Image pixel is invalid', code: null } });
  });

  it('falls back to Kling’s task_status_msg, then to a plain "failed"', () => {
    const withKlingReason = gatewayEnvelope({
      status: 'FAILURE',
      data: klingEnvelope(klingData({ task_status: 'failed', task_status_msg: 'Failure to pass the risk control system' })),
    });
    expect(taskOf(unifiedRef, withKlingReason).error?.message).toBe('Failure to pass the risk control system');
    expect(taskOf(unifiedRef, gatewayEnvelope({ status: 'FAILURE' })).error?.message).toBe('failed');
  });

  it('uses Kling’s times when submit_time and finish_time are 0', () => {
    const body = gatewayEnvelope({
      status: 'SUCCESS',
      submit_time: 0,
      finish_time: 0,
      data: klingEnvelope(klingData({ task_status: 'succeed', created_at: 1770000000_000, updated_at: 1770000090_000 })),
    });
    expect(taskOf(unifiedRef, body)).toMatchObject({ createdAt: 1770000000_000, completedAt: 1770000090_000 });
  });

  it('reads an envelope whose inner data is missing or not Kling’s shape', () => {
    expect(taskOf(unifiedRef, gatewayEnvelope({ data: null }))).toMatchObject({
      status: 'running',
      videoSeconds: null,
      externalTaskId: null,
    });
    expect(taskOf(unifiedRef, gatewayEnvelope({ data: { foo: 1 } }))).toMatchObject({ status: 'running', videoSeconds: null });
    const withoutData = { code: 'success', data: { task_id: 'task_abc', status: 'IN_PROGRESS', progress: '30%' } };
    expect(taskOf(unifiedRef, withoutData)).toMatchObject({ status: 'running', progress: 30 });
  });

  it('treats a numeric task_id as a string, and a missing progress as unknown', () => {
    const task = taskOf(unifiedRef, { code: 'success', data: { task_id: 123456, status: 'QUEUED' } });
    expect(task.ref.id).toBe('123456');
    expect(task.progress).toBeNull();
  });
});

describe("normalizeTask: Kling's envelope", () => {
  it('reads the documented envelope', () => {
    expect(taskOf(klingRef, klingSubmitted)).toEqual({
      ref: { surface: 'kling', kind: 'image2video', id: '…' },
      status: 'queued',
      rawStatus: 'submitted',
      progress: null,
      // The document's placeholder (`https://….mp4`) is no address a browser can open.
      videoUrl: null,
      videoSeconds: 5,
      model: null,
      createdAt: 1722769557708,
      updatedAt: 1722769557708,
      completedAt: null,
      error: null,
      externalTaskId: '…',
      answerShape: 'kling',
    });
  });

  it('reads processing as running', () => {
    expect(taskOf(klingRef, klingEnvelope(klingData({ task_status: 'processing', updated_at: 1722769587708 })))).toMatchObject({
      status: 'running',
      rawStatus: 'processing',
      progress: null,
      updatedAt: 1722769587708,
      completedAt: null,
    });
  });

  it('reads succeed with task_result.videos[0].url', () => {
    const task = taskOf(
      klingRef,
      klingEnvelope(klingData({ task_status: 'succeed', updated_at: 1722769657708, task_result: { videos: [klingVideo] } })),
    );
    expect(task).toMatchObject({
      ref: { id: '781234567890123456' },
      status: 'succeeded',
      progress: 100,
      videoUrl: 'https://cdn.example.com/out.mp4',
      videoSeconds: 5,
      completedAt: 1722769657708,
      error: null,
      externalTaskId: 'my-own-id',
      answerShape: 'kling',
    });
  });

  it('reads failed from task_status_msg although the top-level message says SUCCEED', () => {
    const body = klingEnvelope(klingData({ task_status: 'failed', task_status_msg: 'Image pixel is invalid', updated_at: 1722769600000 }));
    expect(body.message).toBe('SUCCEED');
    expect(taskOf(klingRef, body)).toMatchObject({
      status: 'failed',
      rawStatus: 'failed',
      completedAt: 1722769600000,
      error: { message: 'Image pixel is invalid', code: null },
    });
  });

  it('says "failed" when Kling gives no reason', () => {
    expect(taskOf(klingRef, klingEnvelope(klingData({ task_status: 'failed' }))).error).toEqual({ message: 'failed', code: null });
  });

  it('treats numeric task ids as strings', () => {
    expect(taskOf(klingRef, klingEnvelope(klingData({ task_id: 781234567890123 }))).ref.id).toBe('781234567890123');
  });

  it('normalizes times in seconds to milliseconds', () => {
    expect(taskOf(klingRef, klingEnvelope(klingData({ created_at: 1722769557, updated_at: 1722769600 })))).toMatchObject({
      createdAt: 1722769557_000,
      updatedAt: 1722769600_000,
    });
  });

  it('keeps an unknown status word', () => {
    expect(taskOf(klingRef, klingEnvelope(klingData({ task_status: 'unknown' })))).toMatchObject({
      status: 'unknown',
      rawStatus: 'unknown',
    });
  });

  it('reads the bare minimum: task_id and task_status', () => {
    expect(taskOf(klingRef, klingEnvelope({ task_id: 'k1', task_status: 'submitted' }))).toEqual({
      ref: { surface: 'kling', kind: 'image2video', id: 'k1' },
      status: 'queued',
      rawStatus: 'submitted',
      progress: null,
      videoUrl: null,
      videoSeconds: null,
      model: null,
      createdAt: null,
      updatedAt: null,
      completedAt: null,
      error: null,
      externalTaskId: null,
      answerShape: 'kling',
    });
  });

  it('tolerates null task_info and task_result, and an empty videos list', () => {
    expect(taskOf(klingRef, klingEnvelope(klingData({ task_info: null, task_result: null })))).toMatchObject({
      externalTaskId: null,
      videoUrl: null,
    });
    expect(taskOf(klingRef, klingEnvelope(klingData({ task_status: 'succeed', task_result: { videos: [] } })))).toMatchObject({
      status: 'succeeded',
      videoUrl: null,
    });
  });
});

describe('normalizeTask: bodies that are none of the three shapes', () => {
  it.each([
    ['null', null],
    ['a string', 'OK'],
    ['a number', 42],
    ['an array', [unifiedCreated]],
    ['an empty object', {}],
    ['a gateway task error', { code: 'task_not_exist', message: 'task_not_exist', data: null }],
    ['an {error:{…}} body', { error: { message: 'Invalid token', type: 'new_api_error', code: 'invalid_api_key' } }],
    ['a Kling error', { code: 1201, message: 'invalid parameter', request_id: 'r' }],
    ['a task object without an id', { status: 'queued', progress: 0 }],
    ['a task object without a status', { id: 'video_1', progress: 0 }],
    ['a Kling envelope without data', { code: 0, message: 'SUCCEED', data: null }],
    ['a gateway envelope without a task id', { code: 'success', data: { status: 'QUEUED' } }],
  ])('%s gives ok:false with the reasons', (_label, body) => {
    const result = normalizeTask(unifiedRef, body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });
});

describe('normalizeStatus', () => {
  it.each([
    ['queued', 'queued'],
    ['submitted', 'queued'],
    ['pending', 'queued'],
    ['in_progress', 'running'],
    ['processing', 'running'],
    ['running', 'running'],
    ['completed', 'succeeded'],
    ['succeed', 'succeeded'],
    ['succeeded', 'succeeded'],
    ['SUCCESS', 'succeeded'],
    ['failed', 'failed'],
    ['FAILURE', 'failed'],
    [' Processing ', 'running'],
    ['unknown', 'unknown'],
    ['cancelled', 'unknown'],
  ] as const)('%j is %s', (word, status) => {
    expect(normalizeStatus(word)).toBe(status);
  });
});

describe('toMillis', () => {
  it('multiplies seconds and keeps milliseconds (above 10^12)', () => {
    expect(toMillis(1770000000)).toBe(1770000000_000);
    expect(toMillis(1770000000_000)).toBe(1770000000_000);
    expect(toMillis(1e12 + 1)).toBe(1e12 + 1);
    expect(toMillis(1e12)).toBe(1e15);
  });

  it.each([null, undefined, 0, -1, Number.NaN, Number.POSITIVE_INFINITY])('gives null for %s', (value) => {
    expect(toMillis(value)).toBeNull();
  });
});
