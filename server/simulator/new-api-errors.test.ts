import { encode } from 'fast-png';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../src/api/response-schemas.ts';
import { SATURATED_MESSAGE } from './new-api-errors.ts';
import { klingInsideSchema, openAiErrorSchema, taskErrorSchema } from '../testing/new-api-body-schemas.ts';
import {
  KEY,
  call,
  createTask,
  klingBody,
  newApiKlingBody,
  startTestSim,
  unifiedBody,
  type Answer,
} from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

// Every row of REAL-GATEWAYS.md's error table, as the new-api profile answers it on
// both surfaces: status, shape, and no Retry-After ever.

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSim({ profile: 'new-api', apiKey: KEY });
});
afterAll(() => sim.close());
afterEach(async () => {
  await call(sim, 'DELETE', '/__sim/faults');
});

const UNIFIED = '/v1/video/generations';
const TEXT2VIDEO = '/kling/v1/videos/text2video';
const created = async (on = sim) => ((await call(on, 'GET', '/__sim/stats')).json as { created: number }).created;

const openAi = (answer: Answer, status: number, code: string, type: string, message: RegExp) => {
  expect(answer.status, answer.text).toBe(status);
  const { error } = openAiErrorSchema.parse(answer.json);
  expect(error).toMatchObject({ code, type });
  expect(error.message).toMatch(message);
  expect(answer.headers.get('retry-after')).toBeNull();
};

const taskError = (answer: Answer, status: number, code: string) => {
  expect(answer.status, answer.text).toBe(status);
  const body = taskErrorSchema.parse(answer.json);
  expect(body.code).toBe(code);
  expect(answer.headers.get('retry-after')).toBeNull();
  return body;
};

/** A refusal Kling sent back: its JSON, as a string, in the gateway's message. */
const klingInside = (answer: Answer, status: number) =>
  klingInsideSchema.parse(JSON.parse(taskError(answer, status, 'fail_to_fetch_task').message));

const png = (width: number, height: number) =>
  Buffer.from(encode({ width, height, data: new Uint8Array(width * height).fill(128), channels: 1, depth: 8 })).toString('base64');

describe('the gateway’s own middleware', () => {
  it('401 Invalid token for a missing or wrong key, on both surfaces', async () => {
    const invalid = /^Invalid token \(request id: /;
    openAi(await call(sim, 'POST', UNIFIED, { body: unifiedBody(), key: null }), 401, '', 'new_api_error', invalid);
    openAi(await call(sim, 'GET', `${UNIFIED}/task_x`, { key: 'wrong' }), 401, '', 'new_api_error', invalid);
    openAi(await call(sim, 'POST', TEXT2VIDEO, { body: newApiKlingBody(), key: null }), 401, '', 'new_api_error', invalid);
    openAi(await call(sim, 'GET', `${TEXT2VIDEO}/task_x`, { key: 'wrong' }), 401, '', 'new_api_error', invalid);
  });

  it('400 when no model is named, also for a Kling-compatible body with model_name only', async () => {
    const none = /^Model name not specified, model name cannot be empty \(request id: /;
    openAi(await call(sim, 'POST', UNIFIED, { body: { prompt: 'a kite' } }), 400, '', 'new_api_error', none);
    openAi(await call(sim, 'POST', TEXT2VIDEO, { body: klingBody() }), 400, '', 'new_api_error', none);
  });

  it('503 model_not_found for a model the channel does not serve', async () => {
    openAi(
      await call(sim, 'POST', UNIFIED, { body: unifiedBody({ model: 'kling-v9' }) }),
      503,
      'model_not_found',
      'new_api_error',
      /^No available channel for model kling-v9 \(request id: /,
    );
    openAi(
      await call(sim, 'POST', TEXT2VIDEO, { body: newApiKlingBody({ model: 'sora-2' }) }),
      503,
      'model_not_found',
      'new_api_error',
      /model sora-2/,
    );
  });

  it('400 for a body that is not JSON, in the OpenAI shape', async () => {
    openAi(
      await call(sim, 'POST', UNIFIED, { rawBody: 'model=kling-v3' }),
      400,
      '',
      'new_api_error',
      /^Invalid request: invalid character 'm' .* invalid JSON request body \(request id: /,
    );
    openAi(
      await call(sim, 'POST', TEXT2VIDEO, { rawBody: '' }),
      400,
      '',
      'new_api_error',
      /^Invalid request: unexpected end of JSON input invalid JSON request body/,
    );
    openAi(await call(sim, 'POST', UNIFIED, { rawBody: '[1]' }), 400, '', 'new_api_error', /cannot unmarshal array/);
  });

  it('404 Invalid URL for an unknown /v1 path', async () => {
    for (const [method, path] of [
      ['GET', '/v1/nothing'],
      ['GET', UNIFIED],
      ['POST', '/v1/video/generationz'],
    ] as const) {
      const answer = await call(sim, method, path, { body: method === 'POST' ? unifiedBody() : undefined });
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual({
        error: { message: `Invalid URL (${method} ${path})`, type: 'invalid_request_error', param: '', code: '' },
      });
    }
  });

  it('200 with the gateway’s web page for an unknown /kling path (or any other off its API)', async () => {
    for (const [method, path] of [
      ['POST', `${TEXT2VIDEO}/123`],
      ['GET', '/kling/v1/videos/lip-sync/1'],
      ['GET', '/kling/v2/x'],
      ['GET', '/elsewhere'],
    ] as const) {
      const answer = await call(sim, method, path, { body: method === 'POST' ? newApiKlingBody() : undefined });
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expect(answer.json).toBeUndefined();
      expect(answer.text).toMatch(/^<!doctype html>[\s\S]*New API/);
    }
  });
});

describe('the task relay', () => {
  it('400 invalid_request for a blank prompt, on both surfaces', async () => {
    const expected = { code: 'invalid_request', message: 'prompt is required', data: null };
    expect((await call(sim, 'POST', UNIFIED, { body: unifiedBody({ prompt: '  ' }) })).json).toEqual(expected);
    const kling = await call(sim, 'POST', TEXT2VIDEO, { body: newApiKlingBody({ prompt: 42 }) });
    expect(kling.status).toBe(400);
    expect(kling.json).toEqual(expected);
  });

  it('400 task_not_exist for an unknown id, on both surfaces', async () => {
    const expected = { code: 'task_not_exist', message: 'task_not_exist', data: null };
    for (const path of [`${UNIFIED}/task_nope`, `${TEXT2VIDEO}/task_nope`, '/kling/v1/videos/image2video/860158329587187715']) {
      const answer = await call(sim, 'GET', path);
      expect(answer.status, path).toBe(400);
      expect(answer.json).toEqual(expected);
    }
  });

  it('Kling’s refusal: Kling’s status and Kling’s own JSON as a string in the message', async () => {
    const before = await created();
    const small = await call(sim, 'POST', '/kling/v1/videos/image2video', { body: newApiKlingBody({ image: png(200, 120) }) });
    const inner = klingInside(small, 400);
    expect(inner).toMatchObject({
      code: 1201,
      message: 'Image pixel is invalid: image must be at least 300 px on each side (it is 200x120)',
    });
    expect(parseErrorBody(small.json)).toEqual({ message: inner.message, code: '1201' });
    expect(klingInside(await call(sim, 'POST', UNIFIED, { body: unifiedBody({ prompt: 'x'.repeat(2501) }) }), 400).message).toMatch(
      /prompt must be at most 2500/,
    );
    expect(
      klingInside(await call(sim, 'POST', UNIFIED, { body: unifiedBody({ metadata: { aspect_ratio: '4:3' } }) }), 400).message,
    ).toMatch(/aspect_ratio must be one of 16:9, 9:16, 1:1/);
    expect(await created()).toBe(before);
  });

  it('refuses an external_task_id Kling has seen, as Kling’s 1201', async () => {
    await createTask(sim, 'kling', 'text2video', newApiKlingBody({ external_task_id: 'dup-new-api' }));
    const again = await call(sim, 'POST', UNIFIED, { body: unifiedBody({ metadata: { external_task_id: 'dup-new-api' } }) });
    expect(klingInside(again, 400)).toMatchObject({ code: 1201, message: 'external_task_id already exists' });
  });

  it('500 build_request_failed for a metadata field of the wrong type', async () => {
    const wrong = taskError(
      await call(sim, 'POST', UNIFIED, { body: unifiedBody({ metadata: { duration: 5 } }) }),
      500,
      'build_request_failed',
    );
    expect(wrong.message).toMatch(/json: cannot unmarshal number into Go struct field requestPayload\.duration of type string$/);
  });
});

describe('upstream saturated: 429 without Retry-After', () => {
  const saturated = { code: 'fail_to_fetch_task', message: SATURATED_MESSAGE, data: null };

  it('[sim:429] on the create', async () => {
    for (const [path, body] of [
      [UNIFIED, unifiedBody({ prompt: 'a kite [sim:429]' })],
      [TEXT2VIDEO, newApiKlingBody({ prompt: 'a kite [sim:429]' })],
    ] as const) {
      const answer = await call(sim, 'POST', path, { body });
      expect(answer.status).toBe(429);
      expect(answer.json).toEqual(saturated);
      expect(answer.headers.get('retry-after')).toBeNull();
    }
  });

  it('the admin fault, even when it asks for a Retry-After', async () => {
    await call(sim, 'POST', '/__sim/faults', { body: { on: 'any', fault: 'status', status: 429, retryAfter: 3, count: 2 } });
    for (const answer of [await call(sim, 'GET', `${UNIFIED}/task_x`), await call(sim, 'POST', TEXT2VIDEO, { body: newApiKlingBody() })]) {
      expect(answer.status).toBe(429);
      expect(answer.json).toEqual(saturated);
      expect(answer.headers.get('retry-after')).toBeNull();
    }
  });

  it('the account’s concurrency limit, with Kling’s 1303 inside', async () => {
    const busy = await startTestSim({ profile: 'new-api', maxRunning: 1 });
    try {
      await createTask(busy, 'unified', 'text2video', unifiedBody());
      for (const [path, body] of [
        [UNIFIED, unifiedBody()],
        [TEXT2VIDEO, newApiKlingBody()],
      ] as const) {
        const answer = await call(busy, 'POST', path, { body });
        expect(klingInside(answer, 429)).toMatchObject({ code: 1303, message: 'parallel task over resource pack limit' });
      }
      expect(await created(busy)).toBe(1);
    } finally {
      await busy.close();
    }
  });
});

describe('status faults', () => {
  it('500/502/503/504 in the OpenAI shape; 401 as the refused key', async () => {
    const expected = [
      [500, 'new_api_error'],
      [502, 'upstream_error'],
      [503, 'upstream_error'],
      [504, 'upstream_error'],
    ] as const;
    for (const [status, type] of expected) {
      await call(sim, 'POST', '/__sim/faults', { body: { on: 'query', fault: 'status', status, retryAfter: 1 } });
      const answer = await call(sim, 'GET', `${TEXT2VIDEO}/task_x`);
      expect(answer.status).toBe(status);
      expect(openAiErrorSchema.parse(answer.json).error.type).toBe(type);
      expect(answer.headers.get('retry-after')).toBeNull();
    }
    await call(sim, 'POST', '/__sim/faults', { body: { on: 'create', fault: 'status', status: 401 } });
    openAi(await call(sim, 'POST', UNIFIED, { body: unifiedBody() }), 401, '', 'new_api_error', /^Invalid token/);
    openAi(
      await call(sim, 'POST', UNIFIED, { body: unifiedBody({ prompt: 'a kite [sim:500]' }) }),
      500,
      '',
      'new_api_error',
      /internal server error/,
    );
  });
});
