import { describe, expect, it } from 'vitest';
import { generationRequestSchema } from '../../src/api/generation-request.schema.ts';
import { normalizeTask } from '../../src/api/normalize-task.ts';
import { gatewayEnvelopeSchema, klingEnvelopeSchema, unifiedTaskSchema } from '../../src/api/response-schemas.ts';
import type { TaskStatus } from '../../src/api/task.schema.ts';
import { MODERATION_FAILURE, gatewayEnvelope, klingCreated, klingEnvelope, unifiedCreated, unifiedTask } from './format-responses.ts';
import type { SimTask } from './sim-task-store.ts';
import type { ClockState } from './task-clock.ts';

const CREATED_AT = 1_770_000_000_000;
const URL = 'http://127.0.0.1:1/files/abc.mp4';

const task: SimTask = {
  id: 'video_abc',
  upstreamId: '812345678901234567',
  videoId: 'v-1',
  surface: 'unified',
  kind: 'text2video',
  request: generationRequestSchema.parse({ model: 'kling-v3', prompt: 'p', duration: 5, externalTaskId: 'ext-1' }),
  tokens: new Set(),
  createdAt: CREATED_AT,
  plan: { queuedMs: 1000, generatingMs: 3000, failAtMs: null, unknownFromMs: null, unknownToMs: null },
  render: { status: 'pending' },
  clipKey: 'abc',
  vanished: false,
};

const states: Array<[ClockState, TaskStatus, number | null]> = [
  [{ status: 'queued', progress: 0, sinceMs: 0, failure: null }, 'queued', 0],
  [{ status: 'generating', progress: 20, sinceMs: 2000, failure: null }, 'running', 20],
  [{ status: 'unknown', progress: 20, sinceMs: 2100, failure: null }, 'unknown', 20],
  [{ status: 'succeeded', progress: 100, sinceMs: 5000, failure: null }, 'succeeded', 100],
  [{ status: 'failed', progress: 100, sinceMs: 3000, failure: 'moderation' }, 'failed', 100],
];

const ref = { surface: 'unified', kind: 'text2video', id: 'x' } as const;
const normalized = (body: unknown) => {
  const result = normalizeTask(ref, body);
  if (!result.ok) throw new Error(JSON.stringify(body));
  return result.task;
};

describe('every shape normalizes to the right task', () => {
  it.each(states)('%o', (state, status, progress) => {
    const url = state.status === 'succeeded' ? URL : null;
    const unified = unifiedTask(task, state, URL);
    const kling = klingEnvelope(task, state, URL);
    const envelope = gatewayEnvelope(task, state, URL);
    expect(unifiedTaskSchema.safeParse(unified).success).toBe(true);
    expect(klingEnvelopeSchema.safeParse(kling).success).toBe(true);
    expect(gatewayEnvelopeSchema.safeParse(envelope).success).toBe(true);

    for (const body of [unified, kling, envelope]) {
      const t = normalized(body);
      expect(t.status).toBe(status);
      expect(t.videoUrl).toBe(url);
      expect(t.createdAt).toBe(Math.floor(CREATED_AT / 1000) * 1000);
      expect(t.error?.message ?? null).toBe(state.status === 'failed' ? MODERATION_FAILURE : null);
      if (status === 'succeeded' || status === 'failed') expect(t.completedAt).toBe(Math.floor((CREATED_AT + state.sinceMs) / 1000) * 1000);
      else expect(t.completedAt).toBeNull();
    }
    expect(normalized(unified).progress).toBe(progress);
    expect(normalized(envelope).progress).toBe(progress);
    expect(normalized(unified).videoSeconds).toBe(5);
    expect(normalized(kling).externalTaskId).toBe('ext-1');
    expect(normalized(envelope).ref.id).toBe('video_abc');
  });

  it('uses each surface’s status words and time units', () => {
    const generating = states[1]?.[0] as ClockState;
    expect(unifiedTask(task, generating, null)).toMatchObject({
      status: 'in_progress',
      progress: 20,
      seconds: '5',
      created_at: 1_770_000_000,
    });
    expect(klingEnvelope(task, generating, null).data).toMatchObject({
      task_status: 'processing',
      created_at: CREATED_AT,
      updated_at: CREATED_AT + 2000,
    });
    expect(gatewayEnvelope(task, states[0]?.[0] as ClockState, null).data).toMatchObject({ status: 'QUEUED', progress: '0%' });
    expect(gatewayEnvelope(task, generating, null).data).toMatchObject({ status: 'IN_PROGRESS', progress: '20%', data: { code: 0 } });
  });

  it('answers creates in the documented shapes', () => {
    expect(unifiedCreated(task)).toEqual({
      id: 'video_abc',
      task_id: 'video_abc',
      object: 'video',
      model: 'kling-v3',
      status: 'queued',
      progress: 0,
      created_at: 1_770_000_000,
    });
    expect(klingCreated(task)).toMatchObject({
      code: 0,
      message: 'SUCCEED',
      data: {
        task_id: '812345678901234567',
        task_status: 'submitted',
        task_info: { external_task_id: 'ext-1' },
        created_at: CREATED_AT,
        updated_at: CREATED_AT,
      },
    });
    expect(normalized(klingCreated(task)).status).toBe('queued');
  });
});
