import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../src/api/response-schemas.ts';
import { FRAME_URL, KEY, call, createTask, klingBody, queryPathFor, startTestSim, unifiedBody } from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSim({ apiKey: KEY });
});
afterAll(() => sim.close());

const expectError = (answer: { status: number; json: unknown; text: string }, status: number, code: string, message?: string | RegExp) => {
  expect(answer.status, answer.text).toBe(status);
  const error = parseErrorBody(answer.json);
  expect(error?.code, answer.text).toBe(code);
  if (message !== undefined) expect(error?.message).toMatch(message);
};

const unifiedCreate = (body: unknown) => call(sim, 'POST', '/v1/video/generations', { body });
const klingCreate = (kind: string, body: unknown) => call(sim, 'POST', `/kling/v1/videos/${kind}`, { body });

describe('routing and auth', () => {
  it('answers 404 Invalid URL for anything off the contract', async () => {
    const answer = await call(sim, 'GET', '/x');
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ error: { message: 'Invalid URL (GET /x)', type: 'invalid_request_error', code: 'not_found' } });
    expect((await call(sim, 'GET', '/v1/video/generations')).status).toBe(404);
    expect((await call(sim, 'POST', '/kling/v1/videos/text2video/123')).status).toBe(404);
    expect((await call(sim, 'GET', '/kling/v1/videos/text2video/..%2F..')).status).toBe(404);
  });

  it('rejects a missing or wrong key in each surface’s shape', async () => {
    const missing = await call(sim, 'POST', '/v1/video/generations', { body: unifiedBody(), key: null });
    expectError(missing, 401, 'invalid_api_key');
    expect(missing.json).toMatchObject({ error: { type: 'new_api_error' } });
    expectError(await call(sim, 'GET', '/v1/video/generations/video_1', { key: 'wrong' }), 401, 'invalid_api_key', /无效的令牌/);
    expectError(await call(sim, 'POST', '/kling/v1/videos/text2video', { body: klingBody(), key: null }), 401, '1001');
    const wrong = await call(sim, 'GET', '/kling/v1/videos/text2video/123', { key: 'wrong' });
    expectError(wrong, 401, '1002');
    expect(wrong.json).toMatchObject({ request_id: expect.any(String) });
    expectError(await call(sim, 'GET', '/kling/v1/videos/text2video/123', { key: '' }), 401, '1002');
  });
});

describe('create validation', () => {
  it('needs a JSON body and a prompt (the gateway’s own checks)', async () => {
    expectError(await call(sim, 'POST', '/v1/video/generations', { rawBody: 'model=kling-v3' }), 400, 'invalid_request', /JSON/);
    expectError(await call(sim, 'POST', '/kling/v1/videos/text2video', { rawBody: '' }), 400, 'invalid_request', /JSON/);
    expectError(await unifiedCreate({ model: 'kling-v3' }), 400, 'invalid_request', /prompt is required/);
    expectError(await klingCreate('text2video', { model_name: 'kling-v3', prompt: '  ' }), 400, 'invalid_request', /prompt is required/);
  });

  it('applies Kling’s rules: unified as invalid_request, Kling as 1201', async () => {
    const long = 'x'.repeat(2501);
    expectError(await unifiedCreate(unifiedBody({ prompt: long })), 400, 'invalid_request', /prompt must be at most 2500 characters/);
    expectError(await klingCreate('text2video', klingBody({ prompt: long })), 400, '1201', /prompt must be at most 2500/);
    expectError(
      await unifiedCreate(unifiedBody({ metadata: { cfg_scale: 1.5 } })),
      400,
      'invalid_request',
      /cfg_scale must be between 0 and 1/,
    );
    expectError(await klingCreate('text2video', klingBody({ cfg_scale: -0.1 })), 400, '1201', /cfg_scale/);
    expectError(await klingCreate('text2video', klingBody({ cfg_scale: 'high' })), 400, '1201', /cfg_scale/);
    const twoAxes = { type: 'simple', config: { zoom: 2, pan: 1 } };
    expectError(
      await unifiedCreate(unifiedBody({ metadata: { camera_control: twoAxes } })),
      400,
      'invalid_request',
      /exactly one non-zero axis/,
    );
    expectError(await klingCreate('text2video', klingBody({ camera_control: twoAxes })), 400, '1201', /exactly one non-zero axis/);
    expectError(await klingCreate('text2video', klingBody({ camera_control: { type: 'orbit' } })), 400, '1201', /camera_control/);
    expectError(
      await unifiedCreate(unifiedBody({ metadata: { image_tail: FRAME_URL } })),
      400,
      'invalid_request',
      /image_tail needs a first frame/,
    );
    expectError(await klingCreate('image2video', klingBody({ image_tail: FRAME_URL })), 400, '1201', /image_tail needs a first frame/);
    expectError(await unifiedCreate(unifiedBody({ duration: 20 })), 400, 'invalid_request', /duration/);
  });

  it('checks that the Kling endpoint matches the first frame', async () => {
    expectError(await klingCreate('text2video', klingBody({ image: FRAME_URL })), 400, '1201', /image2video/);
    expectError(await klingCreate('image2video', klingBody()), 400, '1201', /image2video needs image/);
  });

  it('refuses an external_task_id it has seen before', async () => {
    await createTask(sim, 'kling', 'text2video', klingBody({ external_task_id: 'dup-1' }));
    expectError(await klingCreate('text2video', klingBody({ external_task_id: 'dup-1' })), 400, '1201', /external_task_id already exists/);
    const again = await unifiedCreate(unifiedBody({ metadata: { external_task_id: 'dup-1' } }));
    expectError(again, 400, 'invalid_request', /external_task_id already exists/);
  });
});

describe('queries', () => {
  it('answers task_not_exist (unified) and 1203 (Kling) for unknown ids', async () => {
    const unified = await call(sim, 'GET', '/v1/video/generations/video_nope');
    expect(unified.status).toBe(400);
    expect(unified.json).toEqual({ code: 'task_not_exist', message: 'task_not_exist', data: null });
    const kling = await call(sim, 'GET', '/kling/v1/videos/text2video/123456789012345678');
    expectError(kling, 404, '1203', 'task not found');
  });

  it('hides a task from other surfaces and kinds', async () => {
    const kling = await createTask(sim, 'kling', 'text2video', klingBody());
    expectError(await call(sim, 'GET', queryPathFor({ ...kling, kind: 'image2video' })), 404, '1203');
    expectError(await call(sim, 'GET', `/v1/video/generations/${kling.id}`), 400, 'task_not_exist');
    const unified = await createTask(sim, 'unified', 'text2video', unifiedBody());
    expectError(await call(sim, 'GET', `/kling/v1/videos/text2video/${unified.id}`), 404, '1203');
    expect((await call(sim, 'GET', queryPathFor(unified))).status).toBe(200);
  });
});

describe('account concurrency', () => {
  it('answers 429 (1303) with Retry-After once maxRunning tasks are queued or running', async () => {
    const busy = await startTestSim({ maxRunning: 2 });
    try {
      await createTask(busy, 'unified', 'text2video', unifiedBody());
      await createTask(busy, 'kling', 'text2video', klingBody());
      const kling = await call(busy, 'POST', '/kling/v1/videos/text2video', { body: klingBody() });
      expectError(kling, 429, '1303', /parallel task over resource pack limit/);
      expect(Number(kling.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const unified = await call(busy, 'POST', '/v1/video/generations', { body: unifiedBody() });
      expectError(unified, 429, '1303');
      expect(unified.json).toMatchObject({ error: { type: 'rate_limit_error' } });
      expect(unified.headers.get('retry-after')).toMatch(/^\d+$/);
      const stats = await call(busy, 'GET', '/__sim/stats');
      expect(stats.json).toMatchObject({ created: 2, running: 2, peakRunning: 2 });
    } finally {
      await busy.close();
    }
  });
});
