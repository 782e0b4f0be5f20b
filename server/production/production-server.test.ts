import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveServerEnv } from '../config/server-env.ts';
import { createVia, getBytes, settleVia } from '../testing/studio-task-client.ts';
import { rawRequest } from '../testing/studio-test-server.ts';
import { ASSET, makeFakeDist } from '../testing/fake-dist.ts';
import type { LogLine } from './access-log.ts';
import { resolveProductionEnv } from './production-env.ts';
import { startProductionServer, type ProductionServer } from './production-server.ts';

// npm start's server in this process, on its embedded simulator, with a built studio's
// shape in a temp dir, over real HTTP.

const PUBLIC = 'https://studio.example.com';
const lines: LogLine[] = [];
let dist: string;
let clipCache: string;
let studio: ProductionServer;

beforeAll(async () => {
  dist = await makeFakeDist();
  clipCache = await mkdtemp(join(tmpdir(), 'kling-sim-cache-'));
  studio = await startProductionServer({
    env: resolveServerEnv({ SIM_TIME_SCALE: '0.02', SIM_CACHE_DIR: clipCache }),
    production: resolveProductionEnv({ PORT: '0', PUBLIC_ORIGINS: PUBLIC, TRUSTED_PROXIES: '127.0.0.1', SHUTDOWN_TIMEOUT_MS: '3000' }),
    distDir: dist,
    log: (line) => void lines.push(line),
  });
});
afterAll(async () => {
  await studio?.close();
  await rm(dist, { recursive: true, force: true });
  await rm(clipCache, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => rawRequest(studio.port, 'GET', path, { headers });
const behindProxy = { Host: 'studio.example.com', 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.7' };
const createBody = JSON.stringify({ model: 'kling-v3', prompt: 'a lantern on a quiet pier', duration: 5 });
const post = (headers: Record<string, string>) =>
  rawRequest(studio.port, 'POST', '/api/v1/video/generations', {
    headers: { 'Content-Type': 'application/json', ...headers },
    body: createBody,
  });

describe('npm start, the built studio', () => {
  it('serves the page revalidated on each load, and the hashed assets precompressed and cached for good', async () => {
    const page = await get('/');
    expect([page.status, page.headers['cache-control'], page.headers['content-type']]).toEqual([
      200,
      'no-cache',
      'text/html;charset=utf-8',
    ]);
    expect(page.text).toContain('Kling Studio');
    const asset = await get(`/assets/${ASSET}`, { 'Accept-Encoding': 'br, gzip' });
    expect([asset.status, asset.headers['content-encoding'], asset.headers['cache-control']]).toEqual([
      200,
      'br',
      'public,max-age=31536000,immutable',
    ]);
    expect((await get('/no-such-page')).status).toBe(404);
    expect((await get('/assets/no-such.js')).status).toBe(404);
  });

  it('answers /api/health (alive) and /api/ready (the gateway answers) on its simulator', async () => {
    expect((await get('/api/health')).json()).toMatchObject({ mode: 'simulator' });
    const ready = await get('/api/ready');
    expect([ready.status, (ready.json() as { ready: boolean }).ready]).toEqual([200, true]);
  });
});

describe('npm start on its embedded simulator, for browsers on other machines', () => {
  it('hands out clip links on its public origin, serves them there with ranges, and downloads them', async () => {
    const ref = await createVia(studio.port, 'unified', 'text2video', 'a kite over dunes');
    const task = await settleVia(studio.port, ref);
    const link = new URL(task.videoUrl ?? '');
    expect(link.origin + link.pathname).toMatch(/^https:\/\/studio\.example\.com\/simulator\/files\/[\w-]+\.mp4$/);
    // Rendered into SIM_CACHE_DIR (a volume in the image), not the default under node_modules.
    expect(JSON.stringify(await readdir(clipCache, { recursive: true }))).toContain(link.pathname.split('/').pop());
    const clip = await getBytes(studio.port, link.pathname + link.search);
    expect([clip.status, clip.headers['content-type'], clip.bytes.subarray(4, 8).toString()]).toEqual([200, 'video/mp4', 'ftyp']);
    const range = await rawRequest(studio.port, 'GET', link.pathname + link.search, { headers: { Range: 'bytes=0-99' } });
    expect([range.status, range.headers['content-range']]).toEqual([206, `bytes 0-99/${clip.bytes.length}`]);
    const saved = await getBytes(studio.port, `/api/download/unified/text2video/${ref.id}`);
    expect([saved.status, saved.bytes.equals(clip.bytes)]).toEqual([200, true]);
    expect((await rawRequest(studio.port, 'POST', link.pathname)).status).toBe(404);
    expect((await get('/simulator/files/../../etc/passwd')).status).toBe(404);
  });
});

describe('npm start behind a reverse proxy', () => {
  it('takes a create from the public origin, over TLS that ends at the trusted proxy', async () => {
    const created = await post({ ...behindProxy, Origin: PUBLIC });
    expect(created.status, created.text).toBe(200);
  });

  it('refuses a Host outside PUBLIC_ORIGINS, and another site’s Origin', async () => {
    expect((await post({ Host: 'evil.example', Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ ...behindProxy, Origin: 'https://evil.example' })).status).toBe(403);
  });

  it('believes X-Forwarded-Proto only from a trusted proxy', async () => {
    // Without the proxy's word the request is plain http, so the https Origin is another site's.
    const untrusted = await post({ Host: 'studio.example.com', Origin: PUBLIC });
    expect(untrusted.status).toBe(403);
  });
});

describe('npm start logs', () => {
  it('writes one JSON line per request, with its route but never its query', async () => {
    await get('/api/download/unified/text2video/task_nope?prompt=a%20secret%20prompt&mode=std');
    const line = lines.find((entry) => entry.event === 'request' && entry.route === '/api/download/unified/text2video/task_nope');
    expect(line).toMatchObject({ level: 'info', method: 'GET', route: '/api/download/unified/text2video/task_nope', status: 404 });
    expect(typeof line?.ms).toBe('number');
    expect(typeof line?.bytes).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret');
  });
});
