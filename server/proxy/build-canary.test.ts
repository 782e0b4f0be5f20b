import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, type ViteDevServer } from 'vite';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlDevServer } from '../../scripts/crawl-dev-server.ts';
import { scanBytes, scanDirectory } from '../../scripts/scan-build-for-key.ts';
import { withEnv } from '../testing/studio-test-server.ts';

// A production build of the real studio with a canary key set as it would be in
// .env.local: the key must be in no file a browser can load (issue 7). The scanner
// is proven able to see the key by the negative controls below.

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CANARY = `sk-canary-${randomBytes(12).toString('hex')}`;
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'kling-build-canary-'));
  await withEnv({ KLING_API_KEY: CANARY, KLING_BASE_URL: 'https://gateway.example.com' }, () =>
    build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } }),
  );
}, 120_000);
afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('a build with a canary key', () => {
  it('puts the key in no file, source maps and index.html included', async () => {
    const { files, findings } = await scanDirectory(outDir, CANARY);
    expect(files).toContain('index.html');
    expect(files.some((file) => file.endsWith('.js.map'))).toBe(true);
    expect(findings).toEqual([]);
  });

  it('would be caught: the scanner finds the key in a copy of a built file with it injected', async () => {
    const js = (await readdir(join(outDir, 'assets'))).find((file) => file.endsWith('.js'))!;
    const original = await readFile(join(outDir, 'assets', js), 'utf8');
    const leak = join(outDir, 'assets', `leak-${js}`);
    await writeFile(leak, original.replace('"use strict";', '') + `\nconst k=${JSON.stringify(CANARY)};`);
    try {
      expect((await scanDirectory(outDir, CANARY)).findings).toEqual([{ file: join('assets', `leak-${js}`), form: 'text' }]);
    } finally {
      await rm(leak);
    }
  });

  it('sees the key Base64-encoded at any alignment, URL-encoded, and inside an inline source map', () => {
    for (const prefix of ['', 'a', 'ab'])
      expect(scanBytes(Buffer.from(`x${Buffer.from(prefix + CANARY + 'tail').toString('base64')}y`), CANARY).length).toBeGreaterThan(0);
    const special = 'sk+live/key=with:chars';
    expect(scanBytes(Buffer.from(`?k=${encodeURIComponent(special)}`), special)).toEqual(['url-encoded']);
    const map = Buffer.from(JSON.stringify({ sourcesContent: [`const key = "${CANARY}"`] })).toString('base64');
    expect(scanBytes(Buffer.from(`x();\n//# sourceMappingURL=data:application/json;base64,${map}`), CANARY)).toContain(
      'inline source map: text',
    );
    expect(scanBytes(Buffer.from('nothing to see'), CANARY)).toEqual([]);
  });
});

describe('a dev session with a canary key', () => {
  let server: ViteDevServer;
  afterAll(async () => {
    await server?.close();
  });

  it('hands the browser no trace of it: page, modules, styles, dependencies, /api answers', async () => {
    const env = { KLING_API_KEY: CANARY, KLING_BASE_URL: 'http://127.0.0.1:1' };
    server = await withEnv(env, () =>
      createServer({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        logLevel: 'silent',
        server: { port: 0, host: '127.0.0.1', watch: null },
      }),
    );
    await server.listen();
    const origin = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
    const fetched = await crawlDevServer(origin, [
      '/',
      '/@vite/env',
      '/api/health',
      '/api/v1/video/generations/video_1',
      '/api/download/unified/text2video/video_1',
    ]);
    expect(fetched.length).toBeGreaterThan(20);
    expect(fetched.filter((f) => f.path.startsWith('/src/')).length).toBeGreaterThan(10);
    const leaks = fetched.flatMap(({ path, headers, bytes }) =>
      [...scanBytes(bytes, CANARY), ...scanBytes(Buffer.from(headers), CANARY)].map((form) => `${path}: ${form}`),
    );
    expect(leaks).toEqual([]);
  }, 60_000);
});
