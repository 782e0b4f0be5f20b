import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/start-simulator.ts';
import { postJson, rawRequest, startStudio, type Studio } from '../testing/studio-test-server.ts';

// STUDIO_TOKEN, exposure beyond loopback, requests in flight per client, and what the
// server logs, over real HTTP with a real simulator as the gateway.

const KEY = 'sk-access-test-key-0123456789';
const TOKEN = 'studio-token-abcdefghij-0123456789';

let sim: RunningSimulator;
const studios: Studio[] = [];
const open = async (env: Record<string, string>, extra: Parameters<typeof startStudio>[0] = {}) => {
  const studio = await startStudio({ env: { KLING_API_KEY: KEY, KLING_BASE_URL: sim.url, ...env }, ...extra });
  studios.push(studio);
  return studio;
};
const simRequests = async () =>
  ((await (await fetch(`${sim.url}/__sim/requests`)).json()) as { requests: { headers: Record<string, string> }[] }).requests;
const codeOf = (response: { json: () => unknown }) => (response.json() as { error: { code: string } }).error.code;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, apiKey: KEY });
});
afterAll(async () => {
  await Promise.all(studios.map((studio) => studio.close()));
  await sim?.close();
});

describe('exposure beyond loopback', () => {
  it.each(['dev', 'preview'] as const)(
    'refuses to start (%s) on all interfaces with a key and no STUDIO_TOKEN, saying why',
    async (kind) => {
      const attempt = startStudio({ env: { KLING_API_KEY: KEY, KLING_BASE_URL: sim.url }, host: '0.0.0.0', kind });
      await expect(attempt).rejects.toThrow(
        /refuses to start: (server|preview)\.host = "0\.0\.0\.0".*anyone on the network could generate videos.*Set STUDIO_TOKEN/s,
      );
    },
  );

  it('starts on all interfaces with STUDIO_TOKEN, and the simulator needs none', async () => {
    const guarded = await open({ STUDIO_TOKEN: TOKEN }, { host: '0.0.0.0' });
    expect((await rawRequest(guarded.port, 'GET', '/api/v1/video/generations/video_x')).status).toBe(401);
    const simulator = await startStudio({ env: {}, host: '0.0.0.0' });
    studios.push(simulator);
    expect((await rawRequest(simulator.port, 'GET', '/api/health')).status).toBe(200);
  });
});

describe('STUDIO_TOKEN', () => {
  let studio: Studio;
  beforeAll(async () => {
    studio = await open({ STUDIO_TOKEN: TOKEN });
  });

  it('refuses /api without the token, or with a wrong one, in plain words', async () => {
    for (const headers of [
      {},
      { 'X-Studio-Token': 'wrong' },
      { Cookie: 'kling_studio_token=wrong' },
      { Authorization: `Bearer ${TOKEN}` },
    ]) {
      const response = await rawRequest(studio.port, 'GET', '/api/v1/video/generations/video_x', { headers });
      expect([response.status, codeOf(response)]).toEqual([401, 'unauthorized']);
      expect(response.text).toMatch(/needs its access token/);
    }
  });

  it('answers a probe without the token, saying no more than alive or ready', async () => {
    const health = await rawRequest(studio.port, 'GET', '/api/health');
    expect([health.status, health.json()]).toEqual([200, { alive: true }]);
    const ready = await rawRequest(studio.port, 'GET', '/api/ready');
    expect([ready.status, ready.json()]).toEqual([200, { ready: true }]);
    const full = await rawRequest(studio.port, 'GET', '/api/health', { headers: { 'X-Studio-Token': TOKEN } });
    expect(full.json()).toMatchObject({ mode: 'gateway', gateway: new URL(sim.url).host });
    expect((await rawRequest(studio.port, 'POST', '/api/health')).status).toBe(401);
  });

  it('turns ?token= into an HttpOnly SameSite=Strict cookie and a redirect without it', async () => {
    const landing = await rawRequest(studio.port, 'GET', `/?lang=zh&token=${TOKEN}`);
    expect(landing.status).toBe(303);
    expect(landing.headers.location).toBe('/?lang=zh');
    expect(landing.headers['set-cookie']).toEqual([`kling_studio_token=${TOKEN}; Path=/; HttpOnly; SameSite=Strict`]);
    expect(landing.headers['referrer-policy']).toBe('no-referrer');
    const wrong = await rawRequest(studio.port, 'GET', '/?token=nope');
    expect([wrong.status, wrong.headers['set-cookie']]).toEqual([401, undefined]);
  });

  it('lets the cookie or the header through, and forwards neither to the gateway', async () => {
    await fetch(`${sim.url}/__sim/requests`, { method: 'DELETE' });
    const cookie = { Cookie: `theme=dark; kling_studio_token=${TOKEN}` };
    const created = await postJson(studio.port, '/api/v1/video/generations', { model: 'kling-v3', prompt: 'a cat' }, cookie);
    expect(created.status).toBe(200);
    const health = await rawRequest(studio.port, 'GET', '/api/health', { headers: { 'X-Studio-Token': TOKEN } });
    expect(health.status).toBe(200);
    const [seen] = await simRequests();
    expect(seen?.headers).not.toHaveProperty('cookie');
    expect(seen?.headers).not.toHaveProperty('x-studio-token');
    expect(JSON.stringify(seen)).not.toContain(TOKEN);
  });

  it('never logs the token or the key', async () => {
    await rawRequest(studio.port, 'GET', `/api/health?token=${TOKEN}`, { headers: { 'X-Studio-Token': TOKEN } });
    const logs = studio.logs.join('\n');
    expect(logs).toContain('[api] GET /api/health 200');
    expect(logs).not.toContain(TOKEN);
    expect(logs).not.toContain(KEY);
  });
});

describe('requests in flight per client', () => {
  it('answers 429 with Retry-After beyond PROXY_MAX_IN_FLIGHT, and frees the slots afterwards', async () => {
    const studio = await open({ PROXY_MAX_IN_FLIGHT: '2' });
    await fetch(`${sim.url}/__sim/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ on: 'query', fault: 'delay', ms: 300, count: 2 }),
    });
    const poll = () => rawRequest(studio.port, 'GET', '/api/v1/video/generations/video_slow');
    const first = [poll(), poll()];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = await poll();
    expect([third.status, codeOf(third), third.headers['retry-after']]).toEqual([429, 'too_many_requests', '1']);
    expect(third.text).toMatch(/already has 2 studio requests in flight \(PROXY_MAX_IN_FLIGHT\)/);
    expect((await Promise.all(first)).map((r) => r.status)).toEqual([400, 400]); // task_not_exist, answered late
    expect((await poll()).status).toBe(400);
  });
});

describe('server logs', () => {
  it('carry neither the key nor any Authorization nor a prompt, whatever happens', async () => {
    const studio = await open({ PROXY_UPSTREAM_TIMEOUT_MS: '200' });
    const bad = await startStudio({ env: { KLING_API_KEY: KEY, KLING_BASE_URL: 'http://127.0.0.1:1' } });
    studios.push(bad);
    const auth = { Authorization: `Bearer ${KEY}`, 'X-Api-Key': KEY };
    await rawRequest(studio.port, 'GET', '/api/health', { headers: auth });
    await postJson(studio.port, '/api/v1/video/generations', { model: 'kling-v3', prompt: `say ${KEY}` }, auth);
    await postJson(studio.port, '/api/v1/video/generations', { prompt: 'x' }, { Origin: 'http://evil.example' });
    await rawRequest(studio.port, 'GET', `/api/v1/video/generations/${KEY}`);
    await rawRequest(studio.port, 'GET', `/api/nope?key=${KEY}`);
    await rawRequest(studio.port, 'GET', '/api/download/unified/text2video/video_x');
    await rawRequest(bad.port, 'GET', '/api/v1/video/generations/video_x', { headers: auth });
    await rawRequest(bad.port, 'GET', '/api/download/unified/text2video/video_x?prompt=my-private-prompt');
    for (const lines of [studio.logs, bad.logs]) {
      expect(lines.length).toBeGreaterThan(2);
      const text = lines.join('\n');
      expect(text).not.toContain(KEY);
      expect(text).not.toMatch(/authorization|bearer\s+(?!\[redacted\])/i);
      // The path only, never the query: a download's query carries the person's prompt.
      expect(text).not.toContain('my-private-prompt');
    }
  });
});
