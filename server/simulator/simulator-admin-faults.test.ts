import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../src/api/response-schemas.ts';
import { call, createTask, klingBody, queryPathFor, startTestSim, unifiedBody } from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSim();
});
afterAll(() => sim.close());
afterEach(async () => {
  await call(sim, 'DELETE', '/__sim/faults');
});

const queue = (fault: Record<string, unknown>) => call(sim, 'POST', '/__sim/faults', { body: fault, key: null });
const created = async () => ((await call(sim, 'GET', '/__sim/stats')).json as { created: number }).created;

describe('admin fault queue', () => {
  it('lists, validates and clears queued faults', async () => {
    expect((await queue({ on: 'query', fault: 'status', status: 503, count: 2 })).status).toBe(201);
    expect((await queue({ on: 'create', fault: 'status' })).status).toBe(400);
    expect((await queue({ on: 'sometimes', fault: 'reset' })).status).toBe(400);
    const listed = await call(sim, 'GET', '/__sim/faults');
    expect(listed.json).toMatchObject({ faults: [{ on: 'query', fault: 'status', status: 503, remaining: 2 }] });
    expect((await call(sim, 'DELETE', '/__sim/faults')).json).toEqual({ cleared: 1 });
    expect((await call(sim, 'GET', '/__sim/faults')).json).toEqual({ faults: [] });
  });

  it('status 401: answers the refused-key error of each surface, though any key is accepted', async () => {
    const ref = await createTask(sim, 'kling', 'text2video', klingBody());
    await queue({ on: 'query', fault: 'status', status: 401, count: 2 });
    const kling = await call(sim, 'GET', queryPathFor(ref));
    expect(kling.status).toBe(401);
    expect(parseErrorBody(kling.json)?.code).toBe('1002');
    const unified = await call(sim, 'GET', '/v1/video/generations/video_none');
    expect(unified.status).toBe(401);
    expect(unified.json).toMatchObject({ error: { code: 'invalid_api_key' } });
    expect((await call(sim, 'GET', queryPathFor(ref))).status).toBe(200);
  });

  it('status: answers in the surface’s error shape with Retry-After, for `count` matching requests', async () => {
    const ref = await createTask(sim, 'kling', 'text2video', klingBody());
    await queue({ on: 'query', fault: 'status', status: 503, retryAfter: 3, count: 2 });
    for (let i = 0; i < 2; i++) {
      const answer = await call(sim, 'GET', queryPathFor(ref));
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('3');
      expect(parseErrorBody(answer.json)?.code).toBe('5001');
    }
    expect((await call(sim, 'GET', queryPathFor(ref))).status).toBe(200);

    await queue({ on: 'create', fault: 'status', status: 502 });
    const before = await created();
    const unified = await call(sim, 'POST', '/v1/video/generations', { body: unifiedBody() });
    expect(unified.status).toBe(502);
    expect(unified.json).toMatchObject({ error: { code: '502' } });
    expect(unified.headers.get('retry-after')).toBeNull();
    expect(await created()).toBe(before);
  });

  it('only fires on the action it was queued for; `any` fires on both', async () => {
    await queue({ on: 'create', fault: 'status', status: 500 });
    expect((await call(sim, 'GET', '/v1/video/generations/video_none')).status).toBe(400);
    expect((await call(sim, 'POST', '/v1/video/generations', { body: unifiedBody() })).status).toBe(500);
    await queue({ on: 'any', fault: 'status', status: 504, count: 2 });
    expect((await call(sim, 'GET', '/v1/video/generations/video_none')).status).toBe(504);
    expect((await call(sim, 'POST', '/kling/v1/videos/text2video', { body: klingBody() })).status).toBe(504);
  });

  it('malformed: 200 with an HTML body', async () => {
    await queue({ on: 'create', fault: 'malformed' });
    const answer = await call(sim, 'POST', '/v1/video/generations', { body: unifiedBody() });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/text\/html/);
    expect(answer.text).toBe('<html>oops');
  });

  it('truncated: the create happens, but only half its JSON arrives', async () => {
    const before = await created();
    await queue({ on: 'create', fault: 'truncated' });
    const answer = await call(sim, 'POST', '/kling/v1/videos/text2video', { body: klingBody() });
    expect(answer.status).toBe(200);
    expect(answer.json).toBeUndefined();
    expect(answer.text.startsWith('{"code":0')).toBe(true);
    expect(await created()).toBe(before + 1);
  });

  it('reset: the connection drops without an answer', async () => {
    await queue({ on: 'query', fault: 'reset' });
    await expect(call(sim, 'GET', '/v1/video/generations/video_none')).rejects.toThrow();
  });

  it('hang: no answer until `ms`, then the connection drops', async () => {
    await queue({ on: 'query', fault: 'hang', ms: 300 });
    const started = Date.now();
    await expect(call(sim, 'GET', '/v1/video/generations/video_none')).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('delay: answers normally after `ms`', async () => {
    await queue({ on: 'any', fault: 'delay', ms: 250 });
    const started = Date.now();
    const answer = await call(sim, 'POST', '/v1/video/generations', { body: unifiedBody() });
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('fires before auth, and never on paths off the contract', async () => {
    await queue({ on: 'any', fault: 'status', status: 429, retryAfter: 1 });
    expect((await call(sim, 'GET', '/nowhere')).status).toBe(404);
    expect((await call(sim, 'GET', '/v1/video/generations/video_none', { key: null })).status).toBe(429);
  });
});
