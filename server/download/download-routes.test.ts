import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskRef } from '../../src/api/gateway-routes.ts';
import { rawRequest, startStudio, type Studio } from '../testing/studio-test-server.ts';
import { createVia, downloadPath, errorOf, getBytes, readZip, settleVia, zipParam } from '../testing/studio-task-client.ts';

// Simulator mode over real HTTP: the studio looks each task up at its embedded simulator,
// fetches the clip the simulator returned, and streams it back with a proper file name.

let studio: Studio;
let done: { ref: TaskRef; clip: Buffer; url: string }[];

const clipBytes = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

beforeAll(async () => {
  studio = await startStudio({ env: { SIM_TIME_SCALE: '0.004' } });
  const refs = await Promise.all([
    createVia(studio.port, 'unified', 'text2video', 'A red kite over the sea'),
    createVia(studio.port, 'kling', 'text2video', '一只猫在海边奔跑'),
    createVia(studio.port, 'unified', 'text2video', 'a slow river', { mode: 'std', duration: 4 }),
  ]);
  done = await Promise.all(
    refs.map(async (ref) => {
      const task = await settleVia(studio.port, ref);
      expect(task.status).toBe('succeeded');
      return { ref, url: task.videoUrl!, clip: await clipBytes(task.videoUrl!) };
    }),
  );
});

afterAll(async () => {
  await studio?.close();
});

describe('GET /api/download/{surface}/{kind}/{id}', () => {
  it('streams the exact clip the simulator serves, as an attachment named after the prompt', async () => {
    const [{ ref, clip }] = done as [(typeof done)[0]];
    const response = await getBytes(studio.port, downloadPath(ref, { prompt: 'A red kite over the sea', mode: 'std' }));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('video/mp4');
    expect(response.headers['content-length']).toBe(String(clip.length));
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="a-red-kite-over-the-sea-std-${ref.id}.mp4"; filename*=UTF-8''A-red-kite-over-the-sea-std-${ref.id}.mp4`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.bytes.equals(clip)).toBe(true);
  });

  it('keeps a Chinese prompt in the UTF-8 file name (Kling surface)', async () => {
    const { ref, clip } = done[1]!;
    const response = await getBytes(studio.port, downloadPath(ref, { prompt: '一只猫在海边奔跑', mode: 'pro' }));
    expect(response.status).toBe(200);
    const disposition = response.headers['content-disposition']!;
    expect(disposition).toContain(`filename="kling-clip-pro-${ref.id}.mp4"`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(`一只猫在海边奔跑-pro-${ref.id}.mp4`);
    expect(response.bytes.equals(clip)).toBe(true);
  });

  it.each([
    ['its own page (an <a download> clicked, a fetch, a link opened in a new tab)', { 'Sec-Fetch-Site': 'same-origin' }],
    ['a typed URL, a bookmark or a download manager', { 'Sec-Fetch-Site': 'none' }],
    ['a client without Sec-Fetch-Site or Origin', {}],
  ])('serves the clip and the zip to %s', async (_from, headers) => {
    const [{ ref, clip }] = done as [(typeof done)[0]];
    const one = await rawRequest(studio.port, 'GET', downloadPath(ref, { prompt: 'kite' }), { headers });
    expect([one.status, one.headers['content-length']]).toEqual([200, String(clip.length)]);
    const zip = await rawRequest(studio.port, 'GET', `/api/download/zip?${new URLSearchParams([zipParam(ref, 'std', 'kite')])}`, {
      headers,
    });
    expect([zip.status, zip.headers['content-type']]).toEqual([200, 'application/zip']);
  });

  it.each([
    ['another site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['another local port', { 'Sec-Fetch-Site': 'same-site' }],
    ['a foreign Origin', { Origin: 'http://evil.example' }],
  ])('refuses the clip and the zip to %s with 403 cross_origin', async (_from, headers) => {
    const [{ ref }] = done as [(typeof done)[0]];
    const one = await rawRequest(studio.port, 'GET', downloadPath(ref, { prompt: 'kite' }), { headers });
    expect([one.status, errorOf(one).code]).toEqual([403, 'cross_origin']);
    const zip = await rawRequest(studio.port, 'GET', `/api/download/zip?${new URLSearchParams([zipParam(ref, 'std', 'kite')])}`, {
      headers,
    });
    expect([zip.status, errorOf(zip).code]).toEqual([403, 'cross_origin']);
  });

  it('answers 410 clip_expired when the clip URL has expired', async () => {
    const ref = await createVia(studio.port, 'unified', 'text2video', 'gone already [sim:expired]');
    expect((await settleVia(studio.port, ref)).status).toBe('succeeded');
    const response = await getBytes(studio.port, downloadPath(ref));
    expect(response.status).toBe(410);
    expect(errorOf(response)).toEqual({
      type: 'studio_proxy',
      code: 'clip_expired',
      message: 'The gateway keeps clips about 30 days; this one has expired (the clip host answered 404)',
    });
  });

  it('answers 409 task_failed for a task that failed', async () => {
    const ref = await createVia(studio.port, 'unified', 'text2video', 'no luck [sim:fail]');
    expect((await settleVia(studio.port, ref)).status).toBe('failed');
    const response = await getBytes(studio.port, downloadPath(ref));
    expect([response.status, errorOf(response).code]).toEqual([409, 'task_failed']);
    expect(errorOf(response).message).toMatch(/failed.*risk control/);
  });
});

describe('GET /api/download/zip', () => {
  it('zips the clips one per entry, stored, with a MISSING.txt for the one it could not get', async () => {
    const query = new URLSearchParams([
      zipParam(done[0]!.ref, 'std', 'A red kite: over the sea'),
      zipParam(done[1]!.ref, 'std', '一只猫在海边奔跑'),
      zipParam(done[2]!.ref, 'std', 'a slow river'),
      zipParam({ surface: 'unified', kind: 'text2video', id: 'video_nope' }, 'std', 'never made'),
      zipParam(done[0]!.ref, 'std', 'A red kite: over the sea'),
    ]);
    const response = await getBytes(studio.port, `/api/download/zip?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe('attachment; filename="kling-clips-5.zip"');
    const entries = await readZip(response.bytes);
    const [kite, cat, river] = done as [(typeof done)[0], (typeof done)[0], (typeof done)[0]];
    expect([...entries.keys()]).toEqual([
      `A-red-kite-over-the-sea-std-${kite.ref.id}.mp4`,
      `一只猫在海边奔跑-std-${cat.ref.id}.mp4`,
      `a-slow-river-std-${river.ref.id}.mp4`,
      `A-red-kite-over-the-sea-std-${kite.ref.id}-2.mp4`,
      'MISSING.txt',
    ]);
    expect(entries.get(`A-red-kite-over-the-sea-std-${kite.ref.id}.mp4`)?.equals(kite.clip)).toBe(true);
    expect(entries.get(`一只猫在海边奔跑-std-${cat.ref.id}.mp4`)?.equals(cat.clip)).toBe(true);
    expect(entries.get(`a-slow-river-std-${river.ref.id}.mp4`)?.equals(river.clip)).toBe(true);
    expect(entries.get('MISSING.txt')?.toString()).toMatch(/never-made-std-video_nope\.mp4: The gateway does not know this task/);
    // Stored, not deflated: the zip is the clips plus headers.
    expect(response.bytes.length).toBeGreaterThan(kite.clip.length * 2 + cat.clip.length + river.clip.length);
  });
});
