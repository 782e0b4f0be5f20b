import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeTask } from '../../src/api/normalize-task.ts';
import { MODERATION_FAILURE } from './format-responses.ts';
import { newApiCreatedSchema, newApiEnvelopeSchema, taskErrorSchema, type NewApiEnvelope } from '../testing/new-api-body-schemas.ts';
import {
  FRAME_URL,
  call,
  createAndPoll,
  createTask,
  newApiKlingBody,
  queryPathFor,
  startTestSim,
  unifiedBody,
} from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

// The new-api profile's tasks, polled over HTTP: creates answer the OpenAI video object
// on both surfaces, queries answer new-api's task row around Kling's raw answer.

let sim: RunningSimulator;
// Slow enough that the stretch before new-api's first poll (NOT_START, 3 s or more at
// time scale 1) outlasts the first round trip even under load.
let steady: RunningSimulator;
beforeAll(async () => {
  [sim, steady] = await Promise.all([
    startTestSim({ profile: 'new-api', timeScale: 0.02 }),
    startTestSim({ profile: 'new-api', timeScale: 0.04 }),
  ]);
});
afterAll(() => Promise.all([sim.close(), steady.close()]));

const envelopes = (bodies: unknown[]): NewApiEnvelope[] => bodies.map((body) => newApiEnvelopeSchema.parse(body));
const distinct = (words: string[]) => words.filter((word, i) => i === 0 || words[i - 1] !== word);
const prompt = (token: string) => `a red kite over the sea ${token}`;

const innerWord = {
  NOT_START: 'submitted',
  SUBMITTED: 'submitted',
  IN_PROGRESS: 'processing',
  SUCCESS: 'succeed',
  FAILURE: 'failed',
} as const;
const progressOf = { NOT_START: '0%', SUBMITTED: '10%', IN_PROGRESS: '30%', SUCCESS: '100%', FAILURE: '100%' } as const;

describe.concurrent('new-api task lifecycle', () => {
  it('unified: the OpenAI object with a task_ id, then NOT_START → SUBMITTED → IN_PROGRESS → SUCCESS', async () => {
    const before = Math.floor(Date.now() / 1000);
    const poll = await createAndPoll(steady, 'unified', 'text2video', unifiedBody({ size: '1280x720' }), { everyMs: 10 });
    const after = Date.now() / 1000;
    const created = newApiCreatedSchema.parse(poll.created);
    expect(created.model).toBe('kling-v3');
    // Stamped in Unix seconds while the create was answered (not measured after the polling,
    // whose length moves with the machine's load).
    expect(created.created_at).toBeGreaterThanOrEqual(before);
    expect(created.created_at).toBeLessThanOrEqual(after);

    const rows = envelopes(poll.bodies.slice(1));
    expect(distinct(rows.map((row) => row.data.status))).toEqual(['NOT_START', 'SUBMITTED', 'IN_PROGRESS', 'SUCCESS']);
    for (const row of rows) {
      const { status } = row.data;
      expect(row.data.task_id).toBe(created.id);
      expect(row.data.progress).toBe(progressOf[status]);
      expect(row.data.data.data.task_status).toBe(innerWord[status]);
      // Kling's own numeric id lives only in its raw answer.
      expect(row.data.data.data.task_id).not.toBe(created.id);
      expect(row.data.action).toBe('textGenerate');
      if (status !== 'SUCCESS') expect(row.data).not.toHaveProperty('result_url');
      if (status === 'NOT_START' || status === 'SUBMITTED') expect(row.data.start_time).toBe(0);
      else expect(row.data.start_time).toBeGreaterThanOrEqual(row.data.submit_time);
    }
    const done = rows.at(-1)!.data;
    const video = done.data.data.task_result?.videos[0];
    expect(done.result_url).toBe(video?.url);
    expect(video?.duration).toBe('5.1');
    expect(done.finish_time).toBeGreaterThanOrEqual(done.start_time);
    expect(done.fail_reason).toBe('');
    expect(done.properties).toEqual({ input: '', upstream_model_name: 'kling-v3', origin_model_name: 'kling-v3' });
    expect((await fetch(done.result_url ?? '', { method: 'HEAD' })).status).toBe(200);
    expect(poll.last).toMatchObject({ status: 'succeeded', videoUrl: done.result_url });
  });

  it('Kling-compatible: the same OpenAI object on create and the same row on query, image2video as action generate', async () => {
    const poll = await createAndPoll(sim, 'kling', 'image2video', newApiKlingBody({ image: FRAME_URL }), { everyMs: 20 });
    expect(newApiCreatedSchema.parse(poll.created).id).toMatch(/^task_/);
    const rows = envelopes(poll.bodies.slice(1));
    expect(rows.every((row) => row.data.action === 'generate')).toBe(true);
    expect(rows.at(-1)?.data.status).toBe('SUCCESS');
  });

  it('[sim:fail] ends FAILURE with the failure text in result_url, the same as fail_reason', async () => {
    const poll = await createAndPoll(sim, 'kling', 'text2video', newApiKlingBody({ prompt: prompt('[sim:fail]') }), { everyMs: 20 });
    const done = envelopes([poll.lastBody])[0]!.data;
    expect(done).toMatchObject({ status: 'FAILURE', progress: '100%', fail_reason: MODERATION_FAILURE, result_url: MODERATION_FAILURE });
    expect(done.data.data).toMatchObject({ task_status: 'failed', task_status_msg: MODERATION_FAILURE });
    expect(done.data.data).not.toHaveProperty('task_result');
    expect(done.finish_time).toBeGreaterThan(0);
    // The studio reads it as some task; what it makes of result_url is the studio's concern.
    expect(normalizeTask({ surface: 'kling', kind: 'text2video', id: done.task_id }, poll.lastBody).ok).toBe(true);
  });

  it('[sim:unknown] keeps the row IN_PROGRESS while Kling’s raw answer says unknown, then succeeds', async () => {
    const poll = await createAndPoll(sim, 'unified', 'text2video', unifiedBody({ prompt: prompt('[sim:unknown]') }), { everyMs: 20 });
    const rows = envelopes(poll.bodies.slice(1));
    const odd = rows.filter((row) => row.data.data.data.task_status === 'unknown');
    expect(odd.length).toBeGreaterThan(0);
    expect(new Set(odd.map((row) => `${row.data.status} ${row.data.progress}`))).toEqual(new Set(['IN_PROGRESS 30%']));
    expect(rows.at(-1)?.data.status).toBe('SUCCESS');
  });

  it('[sim:expired] succeeds with a clip URL that answers 404', async () => {
    const poll = await createAndPoll(sim, 'unified', 'text2video', unifiedBody({ prompt: prompt('[sim:expired]') }), { everyMs: 20 });
    const done = envelopes([poll.lastBody])[0]!.data;
    expect(done.status).toBe('SUCCESS');
    expect((await fetch(done.result_url ?? '')).status).toBe(404);
  });
});

describe('looking a task up', () => {
  it('finds a task by its id from either surface, whatever kind the path names', async () => {
    const unified = await createTask(sim, 'unified', 'text2video', unifiedBody());
    for (const kind of ['text2video', 'image2video'] as const) {
      const answer = await call(sim, 'GET', queryPathFor({ surface: 'kling', kind, id: unified.id }));
      expect(answer.status, answer.text).toBe(200);
      expect(newApiEnvelopeSchema.parse(answer.json).data.task_id).toBe(unified.id);
    }
    const kling = await createTask(sim, 'kling', 'text2video', newApiKlingBody());
    const answer = await call(sim, 'GET', `/v1/video/generations/${kling.id}`);
    expect(answer.status).toBe(200);
    const row = newApiEnvelopeSchema.parse(answer.json);
    expect(row.data.task_id).toBe(kling.id);
    expect(normalizeTask({ ...kling, surface: 'unified' }, answer.json).ok).toBe(true);
    // Kling's numeric id is not one the gateway knows.
    const byKlingId = await call(sim, 'GET', `/v1/video/generations/${row.data.data.data.task_id}`);
    expect(byKlingId.status).toBe(400);
    expect(taskErrorSchema.parse(byKlingId.json).code).toBe('task_not_exist');
  });

  it('[sim:vanish] answers once, then task_not_exist; [sim:envelope] changes nothing', async () => {
    const ref = await createTask(sim, 'unified', 'text2video', unifiedBody({ prompt: prompt('[sim:vanish] [sim:envelope]') }));
    const first = await call(sim, 'GET', queryPathFor(ref));
    expect(first.status).toBe(200);
    expect(newApiEnvelopeSchema.safeParse(first.json).success).toBe(true);
    const gone = await call(sim, 'GET', queryPathFor(ref));
    expect(gone.status).toBe(400);
    expect(gone.json).toEqual({ code: 'task_not_exist', message: 'task_not_exist', data: null });
  });
});
