import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialFingerprint, type LoggedRequest } from './request-log.ts';
import {
  KEY,
  call,
  createTask,
  klingBody,
  pollTask,
  queryPathFor,
  sleep,
  startTestSim,
  unifiedBody,
} from '../testing/simulator-test-client.ts';
import type { RunningSimulator } from './start-simulator.ts';

const lines: string[] = [];
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSim({ log: (line) => lines.push(line) });
});
afterAll(() => sim.close());

const requests = async (since?: number) =>
  (
    (await call(sim, 'GET', `/__sim/requests${since === undefined ? '' : `?since=${since}`}`, { key: null })).json as {
      requests: LoggedRequest[];
    }
  ).requests;
const stats = async () => (await call(sim, 'GET', '/__sim/stats', { key: null })).json as Record<string, number>;

describe('request log', () => {
  it('records every gateway request with its headers (the key as a fingerprint) and parsed body', async () => {
    await call(sim, 'DELETE', '/__sim/requests');
    const ref = await createTask(sim, 'unified', 'text2video', unifiedBody({ metadata: { negative_prompt: 'blur' } }));
    await call(sim, 'GET', queryPathFor(ref), { headers: { 'X-Trace': 'abc' } });
    await call(sim, 'GET', '/elsewhere?x=1');
    await fetch(`${sim.url}/files/0000000000000000.mp4`);

    const logged = await requests();
    expect(logged.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/video/generations',
      `GET /v1/video/generations/${ref.id}`,
      'GET /elsewhere',
    ]);
    const [create, query, stray] = logged;
    expect(create?.headers.authorization).toBe(credentialFingerprint(KEY));
    expect(create?.headers['content-type']).toBe('application/json');
    expect(create?.body).toEqual(unifiedBody({ metadata: { negative_prompt: 'blur' } }));
    expect(query?.headers['x-trace']).toBe('abc');
    expect(query?.body).toBeNull();
    expect(stray?.query).toBe('x=1');
    expect(typeof create?.at).toBe('number');

    const after = await requests(create?.seq);
    expect(after.map((r) => r.seq)).toEqual([query?.seq, stray?.seq]);
    await call(sim, 'DELETE', '/__sim/requests');
    expect(await requests()).toEqual([]);
  });

  it('never writes the key into log lines', async () => {
    await call(sim, 'POST', '/kling/v1/videos/text2video', { body: klingBody(), key: 'sk-secret-123' });
    await sleep(20);
    const line = lines.find((l) => l.startsWith('POST /kling/v1/videos/text2video 200'));
    expect(line).toMatch(/^POST \/kling\/v1\/videos\/text2video 200 \d+ms$/);
    expect(lines.join('\n')).not.toMatch(/sk-secret-123|Bearer/);
  });
});

describe('stats and reset', () => {
  it('counts creates, queries and the running peak from the clock', async () => {
    await call(sim, 'POST', '/__sim/reset');
    expect(await stats()).toEqual({ created: 0, running: 0, peakRunning: 0, queries: 0 });
    const refs = await Promise.all([
      createTask(sim, 'unified', 'text2video', unifiedBody()),
      createTask(sim, 'kling', 'text2video', klingBody()),
      createTask(sim, 'kling', 'image2video', klingBody({ image: 'https://example.com/f.png' })),
    ]);
    expect(await stats()).toMatchObject({ created: 3, running: 3, peakRunning: 3 });
    const polls = await Promise.all(refs.map((ref) => pollTask(sim, ref)));
    const queries = polls.reduce((sum, poll) => sum + poll.bodies.length, 0);
    expect(await stats()).toEqual({ created: 3, running: 0, peakRunning: 3, queries });
    await createTask(sim, 'unified', 'text2video', unifiedBody());
    expect(await stats()).toMatchObject({ created: 4, running: 1, peakRunning: 3 });
  });

  it('reset clears tasks, the log, faults and stats', async () => {
    const ref = await createTask(sim, 'unified', 'text2video', unifiedBody());
    await call(sim, 'POST', '/__sim/faults', { body: { on: 'any', fault: 'delay', ms: 10 } });
    expect((await call(sim, 'POST', '/__sim/reset')).status).toBe(200);
    expect(await stats()).toEqual({ created: 0, running: 0, peakRunning: 0, queries: 0 });
    expect(await requests()).toEqual([]);
    expect((await call(sim, 'GET', '/__sim/faults')).json).toEqual({ faults: [] });
    expect((await call(sim, 'GET', queryPathFor(ref))).status).toBe(400);
  });
});
