import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { credentialFingerprint } from '../simulator/request-log.ts';
import { postJson, rawRequest, startStudio, type Studio } from '../testing/studio-test-server.ts';

// Simulator mode, start-up refusals and `vite preview`, over HTTP.

// The simulator's log holds the key as a fingerprint only, so a leak is looked for by
// the key's shape (upstream.ts: `sim-` and 24 random bytes in base64url).
const SIM_KEY = /sim-[\w-]{32}/;

const simulatorLog = async (simulatorHost: string): Promise<{ text: string; lastAuthorization: string }> => {
  const text = await (await fetch(`http://${simulatorHost}/__sim/requests`)).text();
  const { requests } = JSON.parse(text) as { requests: { headers: Record<string, string> }[] };
  return { text, lastAuthorization: requests.at(-1)?.headers.authorization ?? '' };
};

const isClosed = (host: string) =>
  fetch(`http://${host}/__sim/requests`).then(
    () => false,
    () => true,
  );

/** Returns the fingerprint of the key this start's simulator was asked with. */
const exerciseSimulatorMode = async (studio: Studio): Promise<string> => {
  const health = await rawRequest(studio.port, 'GET', '/api/health');
  const { mode, gateway } = health.json() as { mode: string; gateway: string };
  expect(mode).toBe('simulator');
  expect(gateway).toMatch(/^127\.0\.0\.1:\d+$/);
  expect(studio.logs).toContain(`Kling Studio: simulator mode (no KLING_API_KEY) at http://${gateway}`);

  const created = await postJson(
    studio.port,
    '/api/v1/video/generations',
    { model: 'kling-v3', prompt: 'a cat' },
    {
      Authorization: 'Bearer evil',
    },
  );
  expect(created.status).toBe(200);
  expect(created.json()).toMatchObject({ status: 'queued' });

  const log = await simulatorLog(gateway);
  expect(log.lastAuthorization).toMatch(/^Bearer sha256:[0-9a-f]{16}$/);
  expect(log.lastAuthorization).not.toBe(credentialFingerprint('evil'));
  expect(log.text).not.toMatch(SIM_KEY);
  for (const response of [health, created]) {
    expect(response.text).not.toMatch(SIM_KEY);
    expect(JSON.stringify(response.headers)).not.toMatch(SIM_KEY);
  }
  expect(studio.logs.join('\n')).not.toMatch(SIM_KEY);

  const unknown = await rawRequest(studio.port, 'GET', '/api/v1/video/generations/a/../b');
  expect(unknown.status).toBe(404);

  await studio.close();
  expect(await isClosed(gateway)).toBe(true);
  return log.lastAuthorization;
};

describe('simulator mode', () => {
  it('starts an embedded simulator with a random key under vite dev, and closes it with the server', async () => {
    const first = await exerciseSimulatorMode(await startStudio({ env: { SIM_TIME_SCALE: '0.1' } }));
    const second = await exerciseSimulatorMode(await startStudio({ env: { SIM_TIME_SCALE: '0.1' } }));
    expect(second).not.toBe(first);
  });

  it('does the same under vite preview', async () => {
    const studio = await startStudio({ kind: 'preview' });
    const page = await rawRequest(studio.port, 'GET', '/', { headers: { Accept: 'text/html' } });
    expect(page.text).toContain('<title>Built</title>');
    await exerciseSimulatorMode(studio);
  });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe('restart', () => {
  it('frees a fixed SIM_PORT before the restarted dev server starts its simulator', async () => {
    const simPort = await freePort();
    const studio = await startStudio({ env: { SIM_PORT: String(simPort) } });
    const health = () => rawRequest(studio.port, 'GET', '/api/health').then((r) => r.json());
    expect(await health()).toEqual({ mode: 'simulator', gateway: `127.0.0.1:${simPort}`, profile: 'document' });
    await studio.restart();
    expect(await health()).toEqual({ mode: 'simulator', gateway: `127.0.0.1:${simPort}`, profile: 'document' });
    expect(studio.logs.filter((line) => line.startsWith('Kling Studio: simulator mode'))).toHaveLength(2);
    await studio.close();
    expect(await isClosed(`127.0.0.1:${simPort}`)).toBe(true);
  });
});

describe('start-up refusals', () => {
  it('refuses VITE_KLING_API_KEY from the environment', async () => {
    await expect(startStudio({ env: { VITE_KLING_API_KEY: 'sk-oops' } })).rejects.toThrow(
      /VITE_KLING_API_KEY.*every browser.*KLING_API_KEY instead/s,
    );
  });

  it('refuses a secret-looking VITE_ variable from a .env file, in preview too', async () => {
    const files = { '.env.local': 'VITE_GATEWAY_TOKEN=abc\n' };
    await expect(startStudio({ files, kind: 'preview' })).rejects.toThrow(/VITE_GATEWAY_TOKEN/);
  });

  it('refuses KLING_API_KEY without KLING_BASE_URL', async () => {
    await expect(startStudio({ env: { KLING_API_KEY: 'sk-live' } })).rejects.toThrow(/KLING_BASE_URL is missing/);
  });

  it('reads the key and base URL from .env files', async () => {
    const files = { '.env': 'KLING_API_KEY=sk-from-file\nKLING_BASE_URL=http://127.0.0.1:1\n' };
    const studio = await startStudio({ files });
    expect((await rawRequest(studio.port, 'GET', '/api/health')).json()).toEqual({ mode: 'gateway', gateway: '127.0.0.1:1' });
    await studio.close();
  });
});

describe('unreachable gateway', () => {
  it('answers 502 upstream_unreachable', async () => {
    const studio = await startStudio({ env: { KLING_API_KEY: 'sk-live', KLING_BASE_URL: 'http://127.0.0.1:1' } });
    const response = await rawRequest(studio.port, 'GET', '/api/kling/v1/videos/image2video/123');
    expect(response.status).toBe(502);
    expect(response.json()).toMatchObject({ error: { type: 'studio_proxy', code: 'upstream_unreachable' } });
    expect(response.text).not.toContain('sk-live');
    await studio.close();
  });
});
