import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipSpec } from './clip-spec.ts';
import { createClipStore, type ClipStore } from './clip-store.ts';
import { readMp4Info } from '../../testing/read-mp4-info.ts';
import { createRenderPool, type RenderPool } from './render-pool.ts';

// Real encodes on worker threads: seconds, not milliseconds.
const SLOW = { timeout: 60_000 };

let dir: string;
let store: ClipStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kling-clip-store-'));
  store = createClipStore({ dir: join(dir, 'default', 'nested') });
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function expectClip(file: string, expected: { width: number; height: number; durationSeconds: number }) {
  const bytes = new Uint8Array(await readFile(file));
  expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe('ftyp');
  const info = readMp4Info(bytes);
  expect({ width: info.width, height: info.height }).toEqual({ width: expected.width, height: expected.height });
  expect(info.durationSeconds).toBeCloseTo(expected.durationSeconds, 1);
}

describe('createClipStore with the worker pool', () => {
  it('renders a std 16:9 clip with the requested size and duration', SLOW, async () => {
    const clip = await store.getClip({ mode: 'std', aspectRatio: '16:9', durationSeconds: 2, caption: 'std test' });
    expect(clip.file).toBe(join(dir, 'default', 'nested', `${clip.key}.mp4`));
    expect(clip.size).toBe((await stat(clip.file)).size);
    await expectClip(clip.file, { width: 1280, height: 720, durationSeconds: 2 });
    expect(store.pathFor(clip.key)).toBe(clip.file);
  });

  it('renders a pro 1:1 clip with shot boundaries', SLOW, async () => {
    const clip = await store.getClip({ mode: 'pro', aspectRatio: '1:1', durationSeconds: 1, shotBoundaries: [0.5] });
    await expectClip(clip.file, { width: 1080, height: 1080, durationSeconds: 1 });
  });

  it('only resolves keys it produced', () => {
    expect(store.pathFor('0123456789abcdef')).toBeUndefined();
    expect(store.pathFor('../../etc/passwd')).toBeUndefined();
  });

  it('rejects invalid specs without rendering', async () => {
    await expect(store.getClip({ mode: 'std', aspectRatio: '1:1', durationSeconds: 0 })).rejects.toThrow(RangeError);
  });
});

describe('createClipStore caching', () => {
  const spec: ClipSpec = { mode: 'std', aspectRatio: '1:1', durationSeconds: 1, caption: 'cache test' };
  let pool: RenderPool;
  let renders = 0;
  const countingRender = (s: ClipSpec) => {
    renders++;
    return pool.render(s);
  };

  beforeAll(() => {
    pool = createRenderPool({ size: 1 });
  });
  afterAll(() => pool.close());

  it('renders concurrent requests for one spec once', SLOW, async () => {
    const cacheStore = createClipStore({ dir: join(dir, 'cache'), render: countingRender });
    const [a, b] = await Promise.all([cacheStore.getClip(spec), cacheStore.getClip({ ...spec })]);
    expect(renders).toBe(1);
    expect(b).toEqual(a);
    const files = await readdir(join(dir, 'cache'));
    expect(files).toEqual([`${a.key}.mp4`]); // no temp file left behind
  });

  it('serves a cached file without rendering again, also from a fresh store on the same dir', SLOW, async () => {
    const first = createClipStore({ dir: join(dir, 'cache'), render: countingRender });
    const before = renders;
    const clip = await first.getClip(spec);
    const mtime = (await stat(clip.file)).mtimeMs;
    const again = await first.getClip(spec);
    expect(again).toEqual(clip);
    expect(renders).toBe(before);
    expect((await stat(clip.file)).mtimeMs).toBe(mtime);
    const fresh = createClipStore({ dir: join(dir, 'cache'), render: countingRender });
    expect(fresh.pathFor(clip.key)).toBeUndefined();
    expect(await fresh.getClip(spec)).toEqual(clip);
    expect(fresh.pathFor(clip.key)).toBe(clip.file);
    expect(renders).toBe(before);
  });

  it('renders again after a failure instead of caching the error', SLOW, async () => {
    let fail = true;
    const flaky = createClipStore({
      dir: join(dir, 'flaky'),
      render: (s) => (fail ? Promise.reject(new Error('boom')) : countingRender(s)),
    });
    await expect(flaky.getClip(spec)).rejects.toThrow('boom');
    fail = false;
    await expectClip((await flaky.getClip(spec)).file, { width: 720, height: 720, durationSeconds: 1 });
  });
});
