import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayEnvelopeSchema, parseErrorBody } from '../../src/api/response-schemas.ts';
import { MODERATION_FAILURE } from './format-responses.ts';
import {
  call,
  createAndPoll,
  createTask,
  klingBody,
  pollTask,
  queryPathFor,
  startTestSim,
  statusWords,
  unifiedBody,
} from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSim();
});
afterAll(() => sim.close());

const prompt = (token: string) => `a red kite over the sea ${token}`;

// Each task runs on its own clock, so the lifecycles can overlap.
describe.concurrent('prompt tokens on a task', () => {
  it('[sim:fail] fails mid-generation with a moderation message on both surfaces', async () => {
    const unified = await createAndPoll(sim, 'unified', 'text2video', unifiedBody({ prompt: prompt('[sim:fail]') }));
    expect(statusWords(unified)).toEqual(['queued', 'in_progress', 'failed']);
    expect(unified.lastBody).toMatchObject({ status: 'failed', fail_reason: MODERATION_FAILURE, error: { message: MODERATION_FAILURE } });
    expect(unified.last.error?.message).toBe(MODERATION_FAILURE);
    expect(unified.last.videoUrl).toBeNull();

    const kling = await createAndPoll(sim, 'kling', 'text2video', klingBody({ prompt: prompt('[sim:fail]') }));
    expect(statusWords(kling)).toEqual(['submitted', 'processing', 'failed']);
    expect(kling.lastBody).toMatchObject({
      code: 0,
      message: 'SUCCEED',
      data: { task_status: 'failed', task_status_msg: MODERATION_FAILURE },
    });
    expect(kling.last.error?.message).toBe(MODERATION_FAILURE);
  });

  it('[sim:unknown] reports the word unknown for a while, then completes', async () => {
    const poll = await createAndPoll(sim, 'kling', 'text2video', klingBody({ prompt: prompt('[sim:unknown]') }), { everyMs: 10 });
    const words = statusWords(poll);
    expect(words.filter((word) => word !== 'processing')).toEqual(['submitted', 'unknown', 'succeed']);
    expect(words).toContain('processing');
    expect(poll.tasks.find((task) => task.rawStatus === 'unknown')?.status).toBe('unknown');
  });

  it('[sim:slow] takes five times longer', async () => {
    const started = Date.now();
    const poll = await pollTask(sim, await createTask(sim, 'unified', 'text2video', unifiedBody({ prompt: prompt('[sim:slow]') })), {
      everyMs: 100,
    });
    expect(poll.last.status).toBe('succeeded');
    // At this time scale a normal std 5 s task takes 0.45–1.1 s; a slow one at least 2.25 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2250);
  });

  it('[sim:expired] completes but its clip URL answers 404 like a CDN', async () => {
    const poll = await pollTask(sim, await createTask(sim, 'unified', 'text2video', unifiedBody({ prompt: prompt('[sim:expired]') })));
    expect(poll.last.status).toBe('succeeded');
    const clip = await fetch(poll.last.videoUrl ?? '');
    expect(clip.status).toBe(404);
    expect(await clip.text()).toMatch(/expired/);
  });

  it('[sim:vanish] exists for one query, then is gone', async () => {
    const unified = await createTask(sim, 'unified', 'text2video', unifiedBody({ prompt: prompt('[sim:vanish]') }));
    expect((await call(sim, 'GET', queryPathFor(unified))).status).toBe(200);
    const gone = await call(sim, 'GET', queryPathFor(unified));
    expect(gone.status).toBe(400);
    expect(parseErrorBody(gone.json)?.code).toBe('task_not_exist');
    const kling = await createTask(
      sim,
      'kling',
      'image2video',
      klingBody({ prompt: prompt('[sim:vanish]'), image: 'https://example.com/a.png' }),
    );
    expect((await call(sim, 'GET', queryPathFor(kling))).status).toBe(200);
    expect(parseErrorBody((await call(sim, 'GET', queryPathFor(kling))).json)?.code).toBe('1203');
  });

  it('[sim:envelope] answers unified queries in the gateway envelope', async () => {
    const poll = await pollTask(sim, await createTask(sim, 'unified', 'text2video', unifiedBody({ prompt: prompt('[sim:envelope]') })));
    // The queued stretch may pass before the first query under load; format-responses.test.ts covers QUEUED.
    expect(statusWords(poll).filter((word) => word !== 'QUEUED')).toEqual(['IN_PROGRESS', 'SUCCESS']);
    for (const body of poll.bodies) expect(gatewayEnvelopeSchema.safeParse(body).success).toBe(true);
    const done = gatewayEnvelopeSchema.parse(poll.lastBody);
    expect(done.data).toMatchObject({ progress: '100%', fail_reason: '', data: { code: 0, data: { task_status: 'succeed' } } });
    expect(poll.tasks.some((task) => task.progress === 10)).toBe(true);
    expect(poll.last.videoUrl).toBe(done.data.result_url);
    expect((await fetch(poll.last.videoUrl ?? '', { method: 'HEAD' })).status).toBe(200);
  });
});

describe('prompt tokens on the create', () => {
  it('[sim:429], [sim:500] and [sim:malformed] answer the create itself', async () => {
    const before = ((await call(sim, 'GET', '/__sim/stats')).json as { created: number }).created;
    const limited = await call(sim, 'POST', '/v1/video/generations', { body: unifiedBody({ prompt: prompt('[sim:429]') }) });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(parseErrorBody(limited.json)).not.toBeNull();
    const broken = await call(sim, 'POST', '/kling/v1/videos/text2video', { body: klingBody({ prompt: prompt('[sim:500]') }) });
    expect(broken.status).toBe(500);
    expect(parseErrorBody(broken.json)?.code).toBe('5000');
    const malformed = await call(sim, 'POST', '/v1/video/generations', { body: unifiedBody({ prompt: prompt('[sim:malformed]') }) });
    expect(malformed.status).toBe(200);
    expect(malformed.json).toBeUndefined();
    expect(((await call(sim, 'GET', '/__sim/stats')).json as { created: number }).created).toBe(before);
  });
});
