import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressedAssets, writeCompressedCopies } from './precompressed-assets.ts';

// A tiny app built and served by Vite itself with only this plugin: the copies written
// at build time are what `vite preview` sends, ahead of its own per-request gzip.

let root: string;
let server: PreviewServer;
let base: string;
let script: string;
let scriptBytes: Buffer;

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

// node:http, not fetch: fetch would decode the body and hide which encoding was sent.
const getRaw = (path: string, headers: Record<string, string>) =>
  new Promise<Answer>((resolve, reject) => {
    get(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'precompressed-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>');
  // Big enough to be worth compressing, varied enough not to shrink to nothing.
  const lines = Array.from({ length: 400 }, (_, i) => `console.log(${JSON.stringify(`line ${i} of the studio's start`)}, ${i * 7});`);
  await writeFile(join(root, 'main.js'), lines.join('\n'));
  const config = { root, configFile: false as const, logLevel: 'silent' as const, plugins: [precompressedAssets()] };
  await build({ ...config, build: { outDir: 'dist' } });
  server = await preview({
    ...config,
    build: { outDir: 'dist' },
    preview: { host: '127.0.0.1', port: 0, headers: { 'X-Served-By': 'studio' } },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
  const assets = await readdir(join(root, 'dist/assets'));
  script = assets.find((name) => name.endsWith('.js'))!;
  scriptBytes = await readFile(join(root, 'dist/assets', script));
}, 30_000);

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('precompressed assets in vite preview', () => {
  it('writes a Brotli and a gzip copy of each script at build time', async () => {
    const assets = await readdir(join(root, 'dist/assets'));
    expect(assets).toEqual(expect.arrayContaining([`${script}.br`, `${script}.gz`]));
    expect(brotliDecompressSync(await readFile(join(root, 'dist/assets', `${script}.br`)))).toEqual(scriptBytes);
  });

  it('sends the gzip copy to a browser that accepts gzip, with its length and for good', async () => {
    const answer = await getRaw(`/assets/${script}`, { 'accept-encoding': 'gzip, deflate' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength);
    expect(answer.headers['cache-control']).toContain('immutable');
    expect(answer.headers.vary).toContain('Accept-Encoding');
    // preview.headers from the config, as Vite's own static server sends them.
    expect(answer.headers['x-served-by']).toBe('studio');
    expect(gunzipSync(answer.body)).toEqual(scriptBytes);
  });

  it('prefers Brotli when the browser takes it', async () => {
    const answer = await getRaw(`/assets/${script}`, { 'accept-encoding': 'gzip, br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(answer.body)).toEqual(scriptBytes);
  });

  it('sends the file as it is to a client that accepts no encoding', async () => {
    const answer = await getRaw(`/assets/${script}`, {});
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['cache-control']).toContain('immutable');
    expect(answer.body).toEqual(scriptBytes);
  });

  it("keeps the Vary: Origin of Vite's CORS middleware", async () => {
    const answer = await getRaw(`/assets/${script}`, { 'accept-encoding': 'gzip', origin: base });
    expect(answer.headers.vary).toBe('Origin, Accept-Encoding');
  });

  it('follows a build made while it serves: a file gone is left to Vite, a new one is sent', async () => {
    const assets = join(root, 'dist/assets');
    const moved = join(root, 'moved');
    await rename(assets, moved);
    await mkdir(assets);
    const fresh = join(assets, 'fresh-123.js');
    await writeFile(fresh, scriptBytes);
    await writeCompressedCopies(fresh);
    try {
      const gone = await getRaw(`/assets/${script}`, { 'accept-encoding': 'gzip' });
      expect(gone.headers['content-type']).toContain('text/html');
      const added = await getRaw('/assets/fresh-123.js', { 'accept-encoding': 'gzip' });
      expect(added.headers['content-encoding']).toBe('gzip');
      expect(added.headers['cache-control']).toContain('immutable');
    } finally {
      await rm(assets, { recursive: true });
      await rename(moved, assets);
    }
  });

  it('leaves what it did not build to Vite, which is not cached for good', async () => {
    for (const path of ['/', '/assets/missing-123.js']) {
      const answer = await getRaw(path, { 'accept-encoding': 'gzip' });
      // Vite answers an unknown path with the page itself (a single-page app).
      expect(answer.headers['content-type']).toContain('text/html');
      expect(answer.headers['cache-control'] ?? '').not.toContain('immutable');
    }
  });
});
